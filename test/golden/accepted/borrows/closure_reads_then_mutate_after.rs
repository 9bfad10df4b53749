fn main() {
    let mut count = 0;
    let show = || println!("{}", count);
    show();
    count += 1;
    println!("{}", count);
}
