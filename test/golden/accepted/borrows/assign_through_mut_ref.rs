fn reset(n: &mut i32) {
    *n = 0;
}

fn main() {
    let mut x = 4;
    reset(&mut x);
    println!("{}", x);
}
