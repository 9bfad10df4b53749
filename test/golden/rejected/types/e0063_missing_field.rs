struct Rect {
    w: u32,
    h: u32,
}

fn main() {
    let r = Rect { w: 3 };
    println!("{}", r.w);
}
