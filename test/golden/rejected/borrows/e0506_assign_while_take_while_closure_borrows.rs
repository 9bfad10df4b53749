fn main() {
    let v = vec![1, 5, 2];
    let mut limit = 4;
    let small = v.iter().take_while(|x| **x < limit);
    limit = 0;
    println!("{} {}", small.count(), limit);
}
