fn main() {
    let mut line = String::from("cmd:run");
    let rest = line.strip_prefix("cmd:").unwrap();
    line.clear();
    println!("{}", rest);
}
