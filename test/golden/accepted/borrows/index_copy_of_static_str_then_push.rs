fn main() {
    let mut names = vec!["a", "b"];
    let first = names[0];
    let r = &names;
    let second: &str = r[1];
    let third: &str = *names.first().unwrap();
    names.push("c");
    println!("{} {} {}", first, second, third);
}
