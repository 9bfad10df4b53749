fn first_even(v: &mut Vec<i32>) -> &mut i32 {
    for x in v.iter_mut() {
        if *x % 2 == 0 { return x; }
    }
    v.push(0);
    v.last_mut().unwrap()
}
fn main() {
    let mut v = vec![1, 3];
    *first_even(&mut v) += 1;
    println!("{:?}", v);
}
