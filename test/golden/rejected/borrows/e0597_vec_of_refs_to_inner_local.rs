fn main() {
    let v;
    {
        let n = 5;
        v = vec![&n];
    }
    println!("{:?}", v);
}
