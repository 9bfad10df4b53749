fn once(f: impl FnOnce() -> String) -> String {
    f()
}

fn main() {
    let title = String::from("memo");
    let got = once(move || title);
    println!("{}", got);
}
