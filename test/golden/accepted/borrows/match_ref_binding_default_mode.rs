fn main() {
    let v = vec![Some(String::from("a"))];
    for item in &v {
        match item {
            Some(s) => println!("{}", s),
            None => {}
        }
    }
}
