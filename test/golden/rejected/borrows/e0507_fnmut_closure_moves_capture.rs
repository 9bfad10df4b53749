fn run<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let s = String::from("a");
    run(move || drop(s));
}
