fn show<T: Printable>(t: T) -> T {
    t
}

fn main() {
    show(1);
}
