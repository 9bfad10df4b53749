fn first_of(a: &[u32], b: &[u32]) -> &u32 {
    if a.is_empty() { &b[0] } else { &a[0] }
}

fn main() {
    let x = [1, 2];
    let y = [3];
    println!("{}", first_of(&x, &y));
}
