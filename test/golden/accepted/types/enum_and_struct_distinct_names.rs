enum Color {
    Red,
}

struct Paint;

fn main() {
    let _c = Color::Red;
    let _p = Paint;
}
