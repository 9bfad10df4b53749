fn main() {
    let mut v: Vec<u64> = Vec::new();
    match v.try_reserve(10) {
        Ok(()) => println!("reserved: capacity = {}", v.capacity()),
        Err(e) => println!("error: {}", e),
    }
    let huge = usize::MAX / 4;
    match v.try_reserve(huge) {
        Ok(()) => println!("unexpected success"),
        Err(e) => println!("error: {}", e),
    }
    let r = v.try_reserve_exact(usize::MAX);
    println!("exact is_err = {}", r.is_err());
    println!("{:?}", r);
    println!("still usable: len = {} capacity = {}", v.len(), v.capacity());
    v.push(1);
    println!("{:?}", v);
}
