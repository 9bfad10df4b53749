fn main() {
    let x;
    {
        let y = vec![1];
        x = y.iter().map(|n| n + 1);
    }
    println!("{:?}", x.collect::<Vec<_>>());
}
