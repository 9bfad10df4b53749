fn take(v: &Vec<String>) -> String {
    v[0].clone()
}

fn main() {
    println!("{}", take(&vec![String::from("a")]));
}
