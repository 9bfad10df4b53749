const LIMIT: u32 = 5;

fn main() {
    println!("{}", LIMIT * 2);
}
