fn main() {
    let f = |x| x;
    println!("done");
}
