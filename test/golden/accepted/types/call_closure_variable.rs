fn main() {
    let total = |n: i32| n * 5;
    let x = total(2);
    println!("{}", x);
}
