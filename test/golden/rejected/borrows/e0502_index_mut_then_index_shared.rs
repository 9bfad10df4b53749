fn main() {
    let mut names = vec![String::from("a")];
    let first = &mut names[0];
    let second = &names[0];
    first.push('b');
    println!("{}", second);
}
