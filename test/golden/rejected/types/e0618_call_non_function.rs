fn main() {
    let total = 5;
    let x = total(2);
    println!("{}", x);
}
