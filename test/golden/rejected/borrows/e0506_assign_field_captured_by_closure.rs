struct Cell {
    value: i32,
    other: i32,
}

fn main() {
    let mut c = Cell { value: 1, other: 2 };
    let show = || c.value + 1;
    c.value = 5;
    println!("{} {}", show(), c.other);
}
