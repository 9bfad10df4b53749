fn main() {
    let name = String::from("ada");
    let r = &name;
    let moved = name;
    if moved == "ada" {
        println!("{}", r);
    }
}
