fn name(o: &Option<String>) -> String {
    o.as_ref().unwrap().clone()
}

fn main() {
    println!("{}", name(&Some(String::from("a"))));
}
