fn nth(v: &[i32], i: usize) -> i32 {
    v[i]
}

fn main() {
    let i: i32 = 1;
    println!("{}", nth(&[1, 2], i));
}
