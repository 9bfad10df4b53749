fn main() {
    let mut limit = 2;
    let mut values = vec![1, 2, 3];
    let mut over = |x: &i32| { limit += 1; *x > limit };
    limit = 0;
    values.retain(|x| !over(x));
    println!("{:?}", values);
}
