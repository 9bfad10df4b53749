fn main() {
    let mut names = vec![String::from("a")];
    names[0].push('!');
    println!("{:?}", names);
}
