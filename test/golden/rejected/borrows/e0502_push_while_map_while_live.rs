fn main() {
    let mut v = vec![1, 2, 3];
    let halves = v.iter().map_while(|x| if x % 2 == 1 { Some(x / 2) } else { None });
    v.push(5);
    println!("{}", halves.count());
}
