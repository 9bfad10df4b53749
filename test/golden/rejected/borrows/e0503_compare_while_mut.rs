fn main() {
    let mut a = 1;
    let r = &mut a;
    if a > 0 {
        *r = 0;
    }
}
