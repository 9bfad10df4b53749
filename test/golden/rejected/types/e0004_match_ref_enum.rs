enum Dir {
    N,
    S,
    E,
}

fn name(d: &Dir) -> &'static str {
    match d {
        Dir::N => "north",
        Dir::S => "south",
    }
}

fn main() {
    println!("{}", name(&Dir::E));
}
