mod a {
    pub struct Item {
        pub id: u32,
    }
}

mod b {
    pub struct Item {
        pub name: String,
    }
}

fn main() {
    let x = a::Item { id: 1 };
    let y = b::Item { name: String::from("n") };
    println!("{} {}", x.id, y.name);
}
