fn make() -> Self {
    todo!()
}

fn main() {
    make();
}
