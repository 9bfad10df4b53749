struct Person {
    name: String,
}

fn main() {
    let people = vec![Person { name: String::from("a") }];
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    println!("{:?}", names);
}
