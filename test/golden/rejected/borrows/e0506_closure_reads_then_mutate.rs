fn main() {
    let mut count = 0;
    let show = || println!("{}", count);
    count += 1;
    show();
}
