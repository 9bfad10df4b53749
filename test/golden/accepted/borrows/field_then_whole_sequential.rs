struct Game {
    score: u32,
}

fn bump(g: &mut Game) {
    g.score += 1;
}

fn main() {
    let mut g = Game { score: 0 };
    let s = &mut g.score;
    *s += 1;
    bump(&mut g);
    println!("{}", g.score);
}
