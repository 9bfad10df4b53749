// Moving one field leaves the other fields usable.
struct Person {
    name: String,
    email: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ada"), email: String::from("ada@example.org"), age: 36 };
    let name = p.name;
    let email = p.email;
    println!("{} {} {}", name, email, p.age);
    let mut q = Person { name: String::from("Bob"), email: String::new(), age: 1 };
    let n = q.name;
    q.name = n.to_uppercase();
    println!("{} {}", q.name, n);
}
