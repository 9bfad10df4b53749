fn main() {
    let mut cfg = (1, String::from("s"));
    let s = &cfg.1;
    cfg = (2, String::new());
    println!("{}", s);
}
