fn describe(label: &String) -> usize {
    label.size
}

fn main() {
    let name = String::from("ferris");
    println!("{}", describe(&name));
}
