enum Event {
    Click { x: i32, y: i32 },
}

fn main() {
    let e = Event::Click { x: 1 };
    if let Event::Click { x, .. } = e {
        println!("{}", x);
    }
}
