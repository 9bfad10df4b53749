// Patterns that name the wrong kind of constructor.
struct B { a: i32 }
struct U;
enum E { T(i32), N { x: i32 }, Un }
fn main() {
    let b = B { a: 1 };
    match b { B(x) => {} }
    match U { U(x) => {} }
    match E::Un { E::N(x) => {}, E::Un(y) => {}, _ => {} }
    match E::Un { E::T => {}, _ => {} }
}
