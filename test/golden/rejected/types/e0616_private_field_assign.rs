mod game {
    pub struct Player {
        pub name: String,
        health: u32,
    }

    pub fn spawn() -> Player {
        Player { name: String::from("p"), health: 10 }
    }
}

fn main() {
    let mut p = game::spawn();
    p.health = 0;
    println!("{}", p.name);
}
