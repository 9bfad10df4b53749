struct User {
    name: String,
    age: u8,
}

fn main() {
    let u = User { name: String::from("a"), age: 3 };
    let User { name, age: years } = u;
    println!("{} {}", name, years);
}
