// C-like enums: explicit discriminants, casts to integers, matching back, size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Ok = 200,
    NotFound = 404,
    Teapot = 418,
}
#[derive(Debug, Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
}
impl Dir {
    fn turn(self) -> Dir {
        match self {
            Dir::North => Dir::East,
            Dir::East => Dir::South,
            Dir::South => Dir::West,
            Dir::West => Dir::North,
        }
    }
}
fn from_code(c: u16) -> Option<Status> {
    match c {
        200 => Some(Status::Ok),
        404 => Some(Status::NotFound),
        418 => Some(Status::Teapot),
        _ => None,
    }
}
fn main() {
    println!("{} {} {}", Status::Ok as u16, Status::NotFound as i32, Status::Teapot as u8);
    println!("{:?} {:?}", from_code(404), from_code(500));
    println!("{}", Status::Ok < Status::Teapot);
    let mut d = Dir::North;
    for _ in 0..5 {
        print!("{:?}({}) ", d, d as u8);
        d = d.turn();
    }
    println!();
    println!("{} {}", std::mem::size_of::<Status>(), std::mem::size_of::<Dir>());
    println!("{}", std::mem::size_of::<Option<Dir>>());
}
