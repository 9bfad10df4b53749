fn main() {
    let count: u32 = 4;
    let label = "3";
    let total = count * label;
    println!("{total}");
}
