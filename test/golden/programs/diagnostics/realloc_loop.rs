// A Vec and a String that grow one element at a time: their buffers are reallocated several
// times inside each loop (capacities 4, 8, 16, 32 and 8, 16, 32, 64).
fn main() {
    let mut v = Vec::new();
    for i in 0..20 {
        v.push(i);
    }
    let mut s = String::new();
    let mut n = 0;
    while n < 40 {
        s.push('x');
        n += 1;
    }
    println!("{} {} {} {}", v.len(), v.capacity(), s.len(), s.capacity());
}
