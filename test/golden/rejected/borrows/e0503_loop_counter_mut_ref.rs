fn main() {
    let mut i = 0;
    let r = &mut i;
    while i < 3 {
        *r += 1;
    }
}
