fn main() {
    let mut adders = Vec::new();
    {
        let step = 3;
        adders.push(|x: i32| x + step);
    }
    println!("{}", adders.len());
}
