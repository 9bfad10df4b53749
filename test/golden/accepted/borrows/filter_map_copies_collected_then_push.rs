fn main() {
    let mut v = vec![1, 2, 3];
    let evens: Vec<i32> = v.iter().filter_map(|x| if x % 2 == 0 { Some(*x) } else { None }).collect();
    v.push(4);
    println!("{:?} {:?}", evens, v);
}
