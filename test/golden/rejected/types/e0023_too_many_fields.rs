enum Msg {
    Move(i32),
}

fn main() {
    let m = Msg::Move(1);
    let Msg::Move(x, y) = m;
    println!("{} {}", x, y);
}
