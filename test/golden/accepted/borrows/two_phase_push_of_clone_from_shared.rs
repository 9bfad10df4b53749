fn main() {
    let mut words = vec![String::from("x")];
    let w = &mut words;
    w.push(String::from("y"));
    let len = words.len();
    let r = &words;
    let first = &r[0];
    words.push(first.clone());
    println!("{}", len);
}
