// The count of `vec![x; n]` must be a usize: a u32 count is E0308.
fn main() {
    let n: u32 = 3;
    let v = vec![1u8; n];
    println!("{}", v.len());
}
