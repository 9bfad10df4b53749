fn collect<'a>(out: &mut Vec<&'a str>, line: &'a str, extra: &str) {
    out.push(line);
    out.push(extra);
}

fn main() {
    let mut v = Vec::new();
    collect(&mut v, "a", "b");
    println!("{:?}", v);
}
