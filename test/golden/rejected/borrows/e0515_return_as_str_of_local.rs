fn label(n: i32) -> &'static str {
    let s = format!("#{}", n);
    s.as_str()
}

fn main() {
    println!("{}", label(3));
}
