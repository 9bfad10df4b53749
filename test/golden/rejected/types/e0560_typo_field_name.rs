struct User {
    name: String,
}

fn main() {
    let u = User { nmae: String::from("a") };
    println!("{}", u.name);
}
