fn main() {
    let a = Rc::new(5);
    println!("{}", a);
}
