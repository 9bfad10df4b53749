fn main() {
    let mut line = String::from("cmd:run");
    let rest = line.strip_prefix("cmd:").unwrap().to_string();
    line.clear();
    println!("{} {}", rest, line);
}
