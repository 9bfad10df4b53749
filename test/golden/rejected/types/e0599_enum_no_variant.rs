enum Direction {
    Up,
    Down,
}

fn main() {
    let d = Direction::Left;
    drop(d);
}
