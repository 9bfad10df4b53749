fn main() {
    let f: Box<dyn Fn() -> usize>;
    {
        let s = String::from("abc");
        f = Box::new(move || s.len());
    }
    println!("{}", f());
}
