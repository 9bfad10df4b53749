fn main() {
    let mut v = vec![1, 2, 3];
    let small = v.iter().take_while(|x| **x < 3);
    v.push(0);
    println!("{}", small.count());
}
