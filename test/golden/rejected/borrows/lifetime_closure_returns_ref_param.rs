fn main() {
    let first = |v: &Vec<i32>| -> &i32 { &v[0] };
    println!("{}", first(&vec![1]));
}
