use std::fmt::Display;

fn show<T: Display>(item: T) -> String {
    item.to_string()
}

fn main() {
    println!("{}", show(3));
}
