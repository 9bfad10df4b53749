struct User {
    name: String,
}

fn main() {
    let u: Option<User> = Some(User { name: String::from("a") });
    println!("{}", u.name);
}
