fn main() {
    let inner;
    {
        inner = 3;
    }
    println!("{}", inner);
}
