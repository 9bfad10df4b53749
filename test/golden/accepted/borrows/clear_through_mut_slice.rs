fn clear(v: &mut [i32]) {
    for x in v {
        *x = 0;
    }
}

fn main() {
    let mut a = [1, 2];
    clear(&mut a);
    println!("{:?}", a);
}
