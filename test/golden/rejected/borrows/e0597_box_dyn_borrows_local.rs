fn main() {
    let f: Box<dyn Fn() -> usize>;
    {
        let s = String::from("abc");
        f = Box::new(|| s.len());
    }
    println!("{}", f());
}
