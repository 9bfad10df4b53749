fn main() {
    let mut total = 10;
    let read = || total * 2;
    println!("{}", read());
    total += 1;
    let mut add = |n: i32| total += n;
    add(5);
    println!("{}", total);
}
