fn main() {
    let mut x = 5;
    let y = &mut x;
    let z = &mut *y;
    *y += 1;
    *z += 1;
}
