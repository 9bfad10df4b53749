fn main() {
    let mut log = Vec::new();
    let record = |s: &str| log.push(s.to_string());
    record("a");
    println!("{}", log.len());
}
