fn add<'a>(list: &mut Vec<&'a str>, item: &str) {
    list.push(item);
}

fn main() {
    let mut l = Vec::new();
    add(&mut l, "x");
    println!("{:?}", l);
}
