struct Item {
    id: u32,
}

struct Item {
    name: String,
}

fn main() {}
