// Derived PartialEq/PartialOrd/Ord compare fields in declaration order; sort and friends.
use std::cmp::Ordering;
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
}
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Suit {
    Clubs,
    Hearts,
    Spades,
}
#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}
fn main() {
    let mut vs = vec![Version { major: 1, minor: 5 }, Version { major: 0, minor: 9 }, Version { major: 1, minor: 0 }];
    vs.sort();
    println!("{:?}", vs);
    println!("{:?}", Version { major: 2, minor: 0 }.cmp(&Version { major: 1, minor: 9 }));
    println!("{}", Suit::Clubs < Suit::Spades);
    let mut suits = vec![Suit::Spades, Suit::Clubs, Suit::Hearts];
    suits.sort_by(|a, b| b.cmp(a));
    println!("{:?}", suits);
    println!("{:?} {:?}", suits.iter().max(), suits.iter().min());
    let mut players = vec![
        Player { name: "ann".into(), score: 30 },
        Player { name: "bob".into(), score: 50 },
        Player { name: "cid".into(), score: 30 },
    ];
    players.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    for p in &players {
        println!("{} {}", p.name, p.score);
    }
    let mut floats = vec![2.5, -1.0, 9.75, 0.0];
    floats.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", floats);
    println!("{:?}", 3.cmp(&5));
    println!("{:?}", "apple".cmp("banana"));
    println!("{}", std::cmp::max(4, 9) + std::cmp::min(4, 9));
    match 7.cmp(&7) {
        Ordering::Less => println!("less"),
        Ordering::Equal => println!("equal"),
        Ordering::Greater => println!("greater"),
    }
    let mut words = vec!["pear", "fig", "apple", "kiwi"];
    words.sort_unstable_by_key(|w| (w.len(), *w));
    println!("{:?}", words);
    println!("{}", (1, "b") < (1, "c"));
}
