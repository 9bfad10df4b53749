fn main() {
    let mut total = 0;
    let mut add = |n: i32| total += n;
    add(3);
    println!("{}", total);
}
