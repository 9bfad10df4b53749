struct Rect {
    w: u32,
    h: u32,
}

fn main() {
    let r = Rect { w: 3, h: 4 };
    println!("{}", r.w * r.h);
}
