// Captures through references: a `&mut` deref is captured as a place, a shared reference's
// fields are read through the reference itself.
struct Pair {
    a: u64,
    b: u64,
}

fn size<T>(name: &str, value: &T) {
    println!("{name} {}", std::mem::size_of_val(value));
}

fn main() {
    let mut pair = Pair { a: 1, b: 2 };
    let r = &mut pair;
    let mut inc_a = || r.a += 1;
    size("inc_a", &inc_a);
    inc_a();
    let shared = &pair;
    let sum = || shared.a + shared.b;
    size("sum", &sum);
    println!("{}", sum());
    let mut n = 5u8;
    let m = &mut n;
    let mut twice = || *m *= 2;
    size("twice", &twice);
    twice();
    let m2 = &mut n;
    let mut via_let = || {
        let inner = &mut *m2;
        *inner += 1;
    };
    size("via_let", &via_let);
    via_let();
    let moved = move || r2_len(&pair);
    size("moved", &moved);
    println!("{}", moved());
}

fn r2_len(p: &Pair) -> u64 {
    p.a + p.b
}
