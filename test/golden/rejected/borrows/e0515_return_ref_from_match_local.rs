fn describe(n: i32) -> &'static str {
    let text = match n {
        0 => String::from("zero"),
        _ => n.to_string(),
    };
    &text
}

fn main() {
    println!("{}", describe(1));
}
