struct P {
    x: i32,
    y: i32,
}

fn main() {
    let p: P;
    println!("{}", p.x);
}
