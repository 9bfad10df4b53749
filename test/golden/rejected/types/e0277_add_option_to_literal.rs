fn main() {
    let bonus = Some(2);
    let score = 10 + bonus;
    println!("{score:?}");
}
