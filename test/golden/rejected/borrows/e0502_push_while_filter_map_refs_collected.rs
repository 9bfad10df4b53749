fn main() {
    let mut v = vec![String::from("1"), String::from("x")];
    let nums: Vec<&String> = v.iter().filter_map(|s| if s.len() == 1 { Some(s) } else { None }).collect();
    v.push(String::from("2"));
    println!("{:?}", nums);
}
