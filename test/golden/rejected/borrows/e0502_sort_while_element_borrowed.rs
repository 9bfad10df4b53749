#[derive(Debug)]
struct Player { name: String, score: u32 }
fn main() {
    let mut players = vec![Player { name: "a".into(), score: 1 }];
    let p = &players[0];
    players.sort_by_key(|q| q.score);
    println!("{}", p.name);
}
