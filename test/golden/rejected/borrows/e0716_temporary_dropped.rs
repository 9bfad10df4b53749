fn main() {
    let s: &String = &String::from("a");
    let r;
    {
        r = &String::from("temp").len();
    }
    println!("{} {}", s, r);
}
