fn main() {
    let mut it = [1, 2, 3].iter();
    let firsts: Vec<&i32> = it.by_ref().take(2).collect();
    let rest: Vec<&i32> = it.collect();
    println!("{:?} {:?}", firsts, rest);
}
