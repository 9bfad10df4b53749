enum Msg {
    Move(i32, i32, i32),
}

fn main() {
    let m = Msg::Move(1, 2, 3);
    let Msg::Move(x, ..) = m;
    println!("{}", x);
}
