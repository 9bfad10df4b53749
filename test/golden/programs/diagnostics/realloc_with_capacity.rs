// The same loops with the capacity reserved up front: one allocation each, no growth; a loop
// that grows a Vec only twice is below the threshold.
fn main() {
    let mut v = Vec::with_capacity(20);
    for i in 0..20 {
        v.push(i);
    }
    let mut s = String::with_capacity(40);
    let mut n = 0;
    while n < 40 {
        s.push('x');
        n += 1;
    }
    let mut w = Vec::new();
    for i in 0..12 {
        w.push(i);
    }
    println!("{} {} {} {} {} {}", v.len(), v.capacity(), s.len(), s.capacity(), w.len(), w.capacity());
}
