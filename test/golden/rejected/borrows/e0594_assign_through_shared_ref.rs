fn reset(n: &i32) {
    *n = 0;
}

fn main() {
    let mut x = 4;
    reset(&x);
    println!("{}", x);
}
