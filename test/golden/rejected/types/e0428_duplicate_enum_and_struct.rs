enum Color {
    Red,
}

struct Color;

fn main() {}
