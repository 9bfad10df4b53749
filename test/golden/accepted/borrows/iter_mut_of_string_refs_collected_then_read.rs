fn main() {
    let mut names = vec![String::from("a"), String::from("b")];
    let refs: Vec<&mut String> = names.iter_mut().collect();
    let n = refs.len();
    println!("{} {}", n, names.len());
}
