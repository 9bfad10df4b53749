struct Pair {
    a: i32,
    b: i32,
}

fn main() {
    let mut p = Pair { a: 1, b: 2 };
    let r = &mut p;
    let sum = p.a + p.b;
    r.a = sum;
}
