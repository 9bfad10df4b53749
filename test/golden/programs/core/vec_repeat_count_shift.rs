// The count of `vec![x; n]` is a usize: an integer literal that reaches it through a `let` and a
// shift is a usize too, so `1 << 40` is a count, not an i32 shifted past its width.
fn main() {
    let k = 1 << 4;
    let v = vec![0u8; k];
    let big = 1 << 40;
    let wide = big / (1 << 37);
    let w = vec![7u16; wide];
    println!("{} {} {} {}", v.len(), w.len(), std::any::type_name_of_val(&k), std::any::type_name_of_val(&big));
}
