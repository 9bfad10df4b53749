// A closure captures the fields it uses, not the whole struct (edition 2021).
struct Point {
    name: String,
    x: i32,
    y: i32,
}

fn size<T>(name: &str, value: &T) {
    println!("{name} {}", std::mem::size_of_val(value));
}

fn main() {
    let mut p = Point { name: String::from("origin"), x: 0, y: 0 };
    let read_x = || p.x + 1;
    size("read_x", &read_x);
    println!("{} {}", read_x(), p.name);
    let mut bump_y = || p.y += 1;
    size("bump_y", &bump_y);
    bump_y();
    let take_name = move || p.name.len();
    size("take_name", &take_name);
    println!("{} {}", take_name(), p.x + p.y);
    let both = || p.x * p.y;
    size("both", &both);
    println!("{}", both());
}
