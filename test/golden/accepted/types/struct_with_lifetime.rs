struct Holder<'a> {
    text: &'a str,
}

fn main() {
    let h = Holder { text: "x" };
    println!("{}", h.text);
}
