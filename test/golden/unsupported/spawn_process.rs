// Starting other processes is outside the simulated program.
use std::process::Command;
fn main() {
    let out = Command::new("echo").arg("hi").output().unwrap();
    println!("{}", out.status);
}
