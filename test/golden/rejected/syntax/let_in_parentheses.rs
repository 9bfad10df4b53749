fn main() {
    let total = (let count = 3);
    println!("{total:?}");
}
