mod ids {
    pub struct Id(u32);

    pub fn make() -> Id {
        Id(7)
    }
}

fn main() {
    let id = ids::make();
    println!("{}", id.0);
}
