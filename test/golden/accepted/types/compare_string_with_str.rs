fn main() {
    let s = String::from("3");
    if s == "3" {
        println!("three");
    }
}
