fn main() {
    let ops: Vec<fn(i32) -> i32> = vec![|x| x + 1, |x| x * 2];
    println!("{}", ops.iter().map(|f| f(3)).sum::<i32>());
}
