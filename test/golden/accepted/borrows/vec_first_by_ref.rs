fn main() {
    let v = vec![String::from("a")];
    let s: &String = v.first().unwrap();
    println!("{}", s);
}
