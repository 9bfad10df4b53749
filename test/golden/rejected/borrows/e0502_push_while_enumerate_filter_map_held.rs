fn main() {
    let mut v = vec![String::from("a"), String::from("bb")];
    let long: Vec<(usize, &String)> = v.iter().enumerate().filter_map(|(i, s)| if s.len() > 1 { Some((i, s)) } else { None }).collect();
    v.clear();
    println!("{:?}", long);
}
