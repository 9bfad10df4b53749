fn call<F: FnOnce()>(f: F) {
    f();
}

fn main() {
    let s = String::from("a");
    call(move || drop(s));
}
