fn main() {
    let spaces = "   ";
    let spaces = spaces.len();
    println!("{}", spaces);
}
