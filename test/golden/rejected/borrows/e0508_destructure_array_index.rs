struct Item {
    name: String,
}

fn main() {
    let items = [Item { name: String::from("x") }];
    let n = items[0].name;
    println!("{}", n);
}
