// A whole-struct move followed by a use of one field.
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let q = Person { name: String::from("Grace"), age: 45 };
    let moved = q;
    println!("{}", q.name);
    println!("{:?}", q);
    println!("{:?}", moved);
}
