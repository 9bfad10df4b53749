// Vec capacity exactly as std grows it, for several element sizes.
fn main() {
    let mut bytes: Vec<u8> = Vec::new();
    let mut caps = Vec::new();
    for i in 0..20 {
        bytes.push(i);
        caps.push(bytes.capacity());
    }
    println!("u8: {:?}", caps);
    let mut words: Vec<u64> = Vec::new();
    let mut caps = Vec::new();
    for i in 0..10 {
        words.push(i);
        caps.push(words.capacity());
    }
    println!("u64: {:?}", caps);
    let mut big: Vec<[u8; 2048]> = Vec::new();
    let mut caps = Vec::new();
    for _ in 0..5 {
        big.push([0; 2048]);
        caps.push(big.capacity());
    }
    println!("2 KiB: {:?}", caps);
    let mut v = Vec::with_capacity(10);
    v.push(1);
    println!("with_capacity: {} {}", v.len(), v.capacity());
    v.reserve(20);
    println!("reserve(20): {}", v.capacity());
    v.reserve_exact(100);
    println!("reserve_exact(100): {}", v.capacity());
    v.shrink_to_fit();
    println!("shrink_to_fit: {}", v.capacity());
    let w = vec![1, 2, 3];
    println!("vec! {} {}", w.len(), w.capacity());
    let z = vec![0u8; 5];
    println!("vec![0; 5] {}", z.capacity());
    let e: Vec<i32> = Vec::new();
    println!("empty {}", e.capacity());
    let mut g = vec![1, 2, 3];
    g.push(4);
    println!("vec! then push: {}", g.capacity());
    g.extend([5, 6, 7, 8, 9]);
    println!("extend: {} {}", g.len(), g.capacity());
    g.clear();
    println!("clear: {} {}", g.len(), g.capacity());
}
