fn main() {
    let arr = [1u8, 2, 3, 4];
    let s = &arr[1..3];
    println!("slice = {:?}", s);
    let idx = arr.len() + s.len();
    println!("idx = {}", idx);
    println!("{}", s[idx - 4]);
}
