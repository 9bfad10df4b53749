fn show<T>(item: T) -> String {
    item.to_string()
}

fn main() {
    println!("{}", show(3));
}
