// Unresolved names spelled like JavaScript's Object.prototype members are unresolved names.
fn main() {
    let x = constructor(1);
    let y = toString;
    let z: __proto__ = 1;
    let q = 5u8.hasOwnProperty();
}
