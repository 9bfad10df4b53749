struct Holder<'h> {
    name: &'h str,
}

fn name_or<'a, 'b>(h: &'a Holder<'b>, other: &'b str) -> &'a str {
    if h.name.is_empty() { other } else { h.name }
}

fn main() {
    let h = Holder { name: "" };
    println!("{}", name_or(&h, "other"));
}
