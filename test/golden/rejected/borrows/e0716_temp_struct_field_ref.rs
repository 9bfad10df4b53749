struct P {
    x: i32,
}

fn make() -> P {
    P { x: 1 }
}

fn main() {
    let r: &i32;
    r = &make().x;
    println!("{}", r);
}
