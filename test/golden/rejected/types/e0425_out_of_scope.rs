fn main() {
    {
        let inner = 3;
        println!("{}", inner);
    }
    println!("{}", inner);
}
