fn main() {
    let done = false;
    println!("{}", !done);
}
