fn main() {
    let mut s = String::from("abc");
    println!("ok = {:?}", s.try_reserve(5));
    println!("capacity >= 8: {}", s.capacity() >= 8);
    let big = isize::MAX as usize;
    match s.try_reserve(big) {
        Ok(()) => println!("unexpected"),
        Err(e) => println!("err: {}", e),
    }
    let mut bytes: Vec<u8> = vec![1, 2, 3];
    let r = bytes.try_reserve(usize::MAX - 1);
    println!("bytes: {:?}", r.map_err(|e| e.to_string()));
    s.push_str("def");
    println!("{} len={}", s, s.len());
}
