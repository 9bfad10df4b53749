fn main() {
    let f;
    {
        let n = 3;
        f = move || n + 1;
    }
    println!("{}", f());
}
