fn main() {
    let total = 10;
    total -= 3;
    println!("{}", total);
}
