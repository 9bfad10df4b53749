// Moving a field out of a struct leaves it partially moved.
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ada"), age: 36 };
    let name = p.name;
    println!("{}", p.age);
    println!("{:?}", p);
    println!("{}", name);
}
