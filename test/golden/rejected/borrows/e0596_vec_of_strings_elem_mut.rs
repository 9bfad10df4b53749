fn main() {
    let names = vec![String::from("a")];
    names[0].push('!');
    println!("{:?}", names);
}
