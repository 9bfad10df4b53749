fn main() {
    let mut line = String::from("cmd:run");
    if let Some(rest) = line.strip_prefix("cmd:") {
        println!("{}", rest);
    }
    line.push_str(" now");
    let tail = line.strip_suffix(" now").unwrap_or("");
    println!("{}", tail);
}
