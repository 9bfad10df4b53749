fn main() {
    let mut total = 0;
    let add = |n: i32| total += n;
    add(3);
    println!("{}", total);
}
