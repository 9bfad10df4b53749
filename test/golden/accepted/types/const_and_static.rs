const MAX: u32 = 10;
static GREETING: &str = "hi";

fn main() {
    println!("{} {}", MAX, GREETING);
}
