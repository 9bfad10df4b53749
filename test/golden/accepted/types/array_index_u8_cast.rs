fn main() {
    let a = [1, 2, 3];
    let i: u8 = 1;
    println!("{}", a[i as usize]);
}
