fn main() {
    let c = std::env::args().count() > 1;
    let a = 3;
    let b = 4;
    let z = (if c { a } else { b }) as u64;
    let w: i32 = a;
    println!("{} {}", z, w);
}
