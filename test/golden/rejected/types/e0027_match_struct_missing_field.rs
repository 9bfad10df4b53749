struct Size {
    w: u32,
    h: u32,
}

fn main() {
    let s = Size { w: 1, h: 2 };
    match s {
        Size { w: 0 } => println!("flat"),
        _ => println!("other"),
    }
}
