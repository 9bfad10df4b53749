struct Inner {
    n: u32,
}

struct Outer {
    inner: Inner,
}

fn bump(i: &mut Inner) {
    i.n += 1;
}

fn main() {
    let mut o = Outer { inner: Inner { n: 0 } };
    let r = &mut o;
    bump(&mut r.inner);
    bump(&mut r.inner);
    println!("{}", o.inner.n);
}
