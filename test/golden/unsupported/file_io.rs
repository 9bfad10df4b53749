// The file system is outside the simulated process.
fn main() {
    let text = std::fs::read_to_string("data.txt").unwrap();
    println!("{}", text.len());
}
