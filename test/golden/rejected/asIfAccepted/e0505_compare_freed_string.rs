fn main() {
    let city = String::from("Lyon");
    let alias = &city;
    let moved = city;
    drop(moved);
    if alias == "Lyon" {
        println!("same city");
    }
    println!("compared");
}
