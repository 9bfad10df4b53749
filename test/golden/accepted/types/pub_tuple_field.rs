mod ids {
    pub struct Id(pub u32);
}

fn main() {
    let id = ids::Id(3);
    println!("{}", id.0);
}
