fn take(v: &Vec<String>) -> String {
    v[0]
}

fn main() {
    println!("{}", take(&vec![String::from("a")]));
}
