// User-defined declarative macros are not expanded.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}
fn main() {
    println!("{}", square!(3));
}
