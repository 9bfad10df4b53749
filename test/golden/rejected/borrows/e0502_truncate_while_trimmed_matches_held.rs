fn main() {
    let mut path = String::from("//home//");
    let trimmed = path.trim_start_matches('/');
    path.truncate(2);
    println!("{}", trimmed);
}
