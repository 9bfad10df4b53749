fn clear(v: &[i32]) {
    for x in v {
        *x = 0;
    }
}

fn main() {
    clear(&[1]);
}
