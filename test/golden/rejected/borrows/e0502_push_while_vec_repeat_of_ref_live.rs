fn main() {
    let mut names = vec![String::from("a")];
    let firsts = vec![&names[0]; 3];
    names.push(String::from("b"));
    println!("{:?}", firsts);
}
