// Unit and tuple structs of one name in two modules, matched by their bare names inside each.
mod p {
    #[derive(Debug, PartialEq)]
    pub struct Mark;
    pub fn check(m: Mark) -> &'static str {
        match m {
            Mark => "p mark",
        }
    }
}
mod q {
    #[derive(Debug)]
    pub struct Mark(pub u8);
    pub fn check(m: Mark) -> u8 {
        let Mark(n) = m;
        n
    }
}
fn main() {
    println!("{} {}", p::check(p::Mark), q::check(q::Mark(4)));
    let m = p::Mark;
    println!("{:?} {:?}", m, q::Mark(2));
}
