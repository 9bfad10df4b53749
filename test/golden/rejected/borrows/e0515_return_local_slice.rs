fn evens(limit: u32) -> &'static [u32] {
    let v: Vec<u32> = (0..limit).filter(|n| n % 2 == 0).collect();
    &v[..]
}

fn main() {
    println!("{:?}", evens(6));
}
