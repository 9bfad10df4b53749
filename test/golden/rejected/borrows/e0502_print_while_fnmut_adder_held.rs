fn main() {
    let mut total = 0;
    let mut add = |n: i32| total += n;
    add(1);
    println!("{}", total);
    add(2);
}
