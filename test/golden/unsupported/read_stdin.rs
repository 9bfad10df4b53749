// Programs that read input: the simulator has no stdin.
use std::io;
fn main() {
    let mut line = String::new();
    io::stdin().read_line(&mut line).unwrap();
    println!("{}", line.trim());
}
