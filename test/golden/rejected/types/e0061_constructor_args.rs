struct Pair(i32, i32);

fn main() {
    let p = Pair(1);
    println!("{}", p.0);
}
