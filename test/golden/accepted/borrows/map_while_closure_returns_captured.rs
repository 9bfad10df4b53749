fn main() {
    let fallback = String::from("none");
    let mut v = vec![1, 2, 0];
    let labels: Vec<&String> = v.iter().map_while(|x| if *x > 0 { Some(&fallback) } else { None }).collect();
    v.push(3);
    println!("{:?} {:?}", labels, v);
}
