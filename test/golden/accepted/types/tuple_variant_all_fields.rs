enum Shape {
    Rect(u32, u32),
}

fn main() {
    let s = Shape::Rect(2, 3);
    match s {
        Shape::Rect(w, h) => println!("{}", w * h),
    }
}
