fn main() {
    let ops: Vec<fn(i32) -> i32> = vec![|x| x + 1, 5];
    println!("{}", ops.len());
}
