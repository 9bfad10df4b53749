fn main() {
    let mut score = 0;
    let mut refs = Vec::new();
    refs.push(&mut score);
    refs.push(&mut score);
    println!("{}", refs.len());
}
