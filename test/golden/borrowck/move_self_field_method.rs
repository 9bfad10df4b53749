// Moving a field of a struct by a by-value method on the field.
struct Bag {
    items: Vec<String>,
    count: usize,
}

fn main() {
    let bag = Bag { items: vec![String::from("a")], count: 1 };
    let it = bag.items.into_iter();
    println!("{}", bag.count);
    println!("{}", bag.items.len());
    println!("{}", it.count());
}
