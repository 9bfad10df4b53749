fn letters(n: u32) -> String {
    n.to_string()
}

fn main() {
    println!("{}", letters(42).chars().count());
}
