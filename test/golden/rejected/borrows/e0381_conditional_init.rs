fn main() {
    let label: &str;
    let n = 3;
    if n > 2 {
        label = "big";
    }
    println!("{}", label);
}
