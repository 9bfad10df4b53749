fn main() {
    let mut v = vec![String::from("a")];
    let s = &v[0];
    let t = v.remove(0);
    println!("{} {}", s, t);
}
