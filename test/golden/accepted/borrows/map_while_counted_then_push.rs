fn main() {
    let mut v = vec![1, 3, 4, 5];
    let odd_run = v.iter().map_while(|x| if x % 2 == 1 { Some(x * 2) } else { None }).count();
    v.push(odd_run);
    println!("{:?}", v);
}
