struct Inner {
    a: u8,
    b: u8,
}

struct Outer {
    inner: Inner,
}

fn main() {
    let o = Outer { inner: Inner { a: 1 } };
    println!("{}", o.inner.a);
}
