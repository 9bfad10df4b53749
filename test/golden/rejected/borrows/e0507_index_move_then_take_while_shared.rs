fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let first = v[0];
    let r = &v;
    let taken = std::mem::take(&mut v[1]);
    println!("{} {:?} {}", first, r, taken);
}
