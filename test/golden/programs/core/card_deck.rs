// A deck of cards: Display with unicode, an LCG with wrapping u64 arithmetic, split_off, max_by_key.
use std::fmt;
#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit { Hearts, Spades }
#[derive(Debug, Clone, Copy)]
struct Card { rank: u8, suit: Suit }
impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = match self.rank { 1 => "A".to_string(), 11 => "J".to_string(), 12 => "Q".to_string(), 13 => "K".to_string(), n => n.to_string() };
        let s = match self.suit { Suit::Hearts => '♥', Suit::Spades => '♠' };
        write!(f, "{}{}", r, s)
    }
}
struct Deck { cards: Vec<Card>, seed: u64 }
impl Deck {
    fn new() -> Deck {
        let mut cards = Vec::with_capacity(26);
        for suit in [Suit::Hearts, Suit::Spades] { for rank in 1..=13 { cards.push(Card { rank, suit }); } }
        Deck { cards, seed: 42 }
    }
    fn next_rand(&mut self) -> u64 {
        self.seed = self.seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.seed >> 33
    }
    fn shuffle(&mut self) {
        for i in (1..self.cards.len()).rev() {
            let j = (self.next_rand() % (i as u64 + 1)) as usize;
            self.cards.swap(i, j);
        }
    }
    fn deal(&mut self, n: usize) -> Vec<Card> { self.cards.split_off(self.cards.len() - n) }
}
fn main() {
    let mut d = Deck::new();
    d.shuffle();
    let hand = d.deal(5);
    let shown: Vec<String> = hand.iter().map(|c| c.to_string()).collect();
    println!("{}", shown.join(" "));
    println!("{} left, capacity {}", d.cards.len(), d.cards.capacity());
    let hearts = hand.iter().filter(|c| c.suit == Suit::Hearts).count();
    println!("{} hearts", hearts);
    let best = hand.iter().max_by_key(|c| c.rank).unwrap();
    println!("best {} {:>5}|{:<5}|", best, format!("{}", best), best.rank);
}
