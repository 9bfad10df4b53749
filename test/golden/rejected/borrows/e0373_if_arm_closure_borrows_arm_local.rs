fn main() {
    let flag = std::env::args().count() > 3;
    let greet = if flag {
        let name = String::from("Ana");
        || println!("hi {}", name)
    } else {
        panic!("no")
    };
    greet();
}
