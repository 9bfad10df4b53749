fn main() {
    let mut lines: Vec<&str> = Vec::new();
    for n in 0..2 {
        let text = format!("line {}", n);
        lines.push(text.as_str());
    }
    println!("{}", lines.len());
}
