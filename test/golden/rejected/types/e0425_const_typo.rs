const LIMIT: u32 = 5;

fn main() {
    println!("{}", LIMT);
}
