fn main() {
    let data = vec![1, 2, 3, 4];
    let mut wanted = vec![2, 4];
    let lookup = &wanted;
    let hits: Vec<&i32> = data.iter().filter(move |x| lookup.contains(x)).collect();
    wanted.push(3);
    println!("{:?} {:?}", hits, wanted);
}
