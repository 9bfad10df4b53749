fn main() {
    let v = vec![1u8, 2];
    let s = &v as [u8];
    println!("{}", s.len());
}
