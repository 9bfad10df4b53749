struct Score(u32);

fn main() {
    let mut v = vec![Score(2), Score(1)];
    v.sort_by_key(|s| s.0);
    println!("{}", v[0].0);
}
