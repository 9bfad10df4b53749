fn main() {
    let k = std::env::args().count();
    let describe = match k {
        1 => {
            let label = String::from("one argument");
            || label.len()
        }
        _ => panic!("unexpected"),
    };
    println!("{}", describe());
}
