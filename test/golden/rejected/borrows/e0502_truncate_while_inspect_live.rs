fn main() {
    let mut v = vec![1, 2, 3];
    let seen = v.iter().inspect(|x| println!("{}", x));
    v.truncate(1);
    println!("{}", seen.count());
}
