fn main() {
    let area = 5.pow(2);
    println!("{}", area);
}
