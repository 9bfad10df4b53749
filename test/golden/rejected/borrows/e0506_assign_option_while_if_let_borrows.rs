fn main() {
    let mut opt = Some(String::from("x"));
    if let Some(s) = &opt {
        opt = None;
        println!("{}", s);
    }
}
