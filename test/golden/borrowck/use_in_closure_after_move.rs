// Capturing a moved value in a closure is reported at the closure.
fn main() {
    let z = String::from("z");
    let w = z;
    let show = || println!("{}", z);
    show();
    println!("{}", w);
}
