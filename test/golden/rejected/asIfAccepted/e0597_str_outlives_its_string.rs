fn main() {
    let label: &str;
    {
        let owner = String::from("temp");
        label = owner.as_str();
    }
    println!("{label}");
}
