struct Pair(u8, u8);

fn main() {
    let p = Pair { 0: 1 };
    println!("{}", p.0);
}
