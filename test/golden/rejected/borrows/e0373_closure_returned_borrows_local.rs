fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    || {
        n += 1;
        n
    }
}

fn main() {
    let mut c = counter();
    println!("{}", c());
}
