struct Holder {
    text: &str,
}

fn main() {
    let h = Holder { text: "x" };
    println!("{}", h.text);
}
