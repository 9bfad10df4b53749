struct Game {
    score: u32,
    log: Vec<String>,
}

fn main() {
    let mut g = Game { score: 0, log: Vec::new() };
    let mut bump = || g.score += 1;
    g.log.push(String::from("start"));
    bump();
    bump();
    println!("{} {:?}", g.score, g.log);
}
