fn main() {
    let name = String::from("box");
    let greet: Box<dyn Fn() -> usize> = Box::new(|| name.len());
    let taken = name;
    println!("{} {}", greet(), taken);
}
