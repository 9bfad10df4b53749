fn greeters(names: Vec<String>) -> Vec<Box<dyn Fn() -> String>> {
    let mut out: Vec<Box<dyn Fn() -> String>> = Vec::new();
    for name in names {
        out.push(Box::new(move || format!("hi {}", name)));
    }
    out
}

fn main() {
    for g in greeters(vec![String::from("a")]) {
        println!("{}", g());
    }
}
