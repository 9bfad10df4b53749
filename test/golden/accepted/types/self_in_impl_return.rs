struct Unit;

impl Unit {
    fn make() -> Self {
        Unit
    }
}

fn main() {
    let _u = Unit::make();
}
