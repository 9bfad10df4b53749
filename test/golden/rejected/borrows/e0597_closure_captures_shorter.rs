fn main() {
    let f;
    {
        let n = 3;
        f = || n + 1;
    }
    println!("{}", f());
}
