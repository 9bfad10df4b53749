// Each use is reported against the nearest move before it.
fn main() {
    let a = String::from("a");
    let b = a;
    let c = a;
    let d = a;
    println!("{} {} {}", b, c, d);
}
