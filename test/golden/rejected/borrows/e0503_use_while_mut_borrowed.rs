fn main() {
    let mut value = 10;
    let r = &mut value;
    let copy = value;
    *r += copy;
}
