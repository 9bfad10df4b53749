struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut p = Player { name: String::from("ana"), score: 1 };
    let n = &p.name;
    p.score += 1;
    println!("{} {}", n, p.score);
}
