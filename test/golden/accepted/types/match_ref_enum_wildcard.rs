enum Dir {
    N,
    S,
    E,
}

fn name(d: &Dir) -> &'static str {
    match d {
        Dir::N => "north",
        Dir::S => "south",
        _ => "other",
    }
}

fn main() {
    println!("{} {} {}", name(&Dir::E), name(&Dir::N), name(&Dir::S));
}
