fn main() {
    let name = String::from("ferris");
    let other = name;
    drop(other);
    drop(name);
}
