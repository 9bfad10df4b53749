struct Person {
    name: String,
}

fn main() {
    let p = Person { name: String::from("Ana") };
    println!("{}", p);
}
