fn main() {
    let label = "big";
    let mut v = vec![1, 20, 30];
    let tags: Vec<&str> = v.iter().filter_map(|x| if *x > 10 { Some(label) } else { None }).collect();
    v.push(40);
    println!("{:?} {:?}", tags, v);
}
