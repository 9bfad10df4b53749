fn main() {
    let mut names = vec![String::from("a")];
    let firsts = vec![&names[0]; 3];
    println!("{:?}", firsts);
    names.push(String::from("b"));
    println!("{}", names.len());
}
