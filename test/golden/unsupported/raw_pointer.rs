// Raw pointers and their arithmetic are out of scope.
fn main() {
    let x = 5;
    let p = &x as *const i32;
    println!("{}", unsafe { *p });
}
