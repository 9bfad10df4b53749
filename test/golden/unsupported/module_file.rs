// A module in another file: only single-file programs are simulated.
mod helpers;
fn main() {
    println!("hi");
}
