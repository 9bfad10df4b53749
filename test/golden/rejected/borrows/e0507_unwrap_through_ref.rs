fn name(o: &Option<String>) -> String {
    o.unwrap()
}

fn main() {
    println!("{}", name(&Some(String::from("a"))));
}
