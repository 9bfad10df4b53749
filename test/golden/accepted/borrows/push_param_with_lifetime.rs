fn add<'a>(list: &mut Vec<&'a str>, item: &'a str) {
    list.push(item);
}

fn main() {
    let mut l = Vec::new();
    add(&mut l, "x");
    println!("{:?}", l);
}
