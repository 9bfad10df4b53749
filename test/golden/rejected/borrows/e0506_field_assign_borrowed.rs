struct Player {
    score: u32,
}

fn main() {
    let mut p = Player { score: 1 };
    let s = &p.score;
    p.score = 2;
    println!("{}", s);
}
