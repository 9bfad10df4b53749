struct Person {
    name: String,
}

fn main() {
    let people = vec![Person { name: String::from("a") }];
    let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
    println!("{:?}", names);
}
