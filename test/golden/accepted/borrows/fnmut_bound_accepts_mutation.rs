fn call<F: FnMut()>(mut f: F) {
    f();
}

fn main() {
    let mut n = 0;
    call(|| n += 1);
    println!("{}", n);
}
