struct Pair(i32, i32);
struct Rgb(u8, u8, u8);

fn rgb_sum(Rgb(r, g, b): Rgb) -> u32 {
    r as u32 + g as u32 + b as u32
}

struct Size {
    w: u32,
    h: u32,
}

enum Event {
    Key { code: u32, shift: bool },
    Click(i32, i32),
    Quit,
}

fn apply<F: Fn(i32, i32) -> i32>(f: F) -> i32 {
    f(2, 3)
}

fn main() {
    let Pair(a, b) = Pair(1, 2);
    let Rgb(r, ..) = Rgb(9, 8, 7);
    let (first, second) = (3, 4);
    let s = Size { w: 1, h: 2 };
    let Size { w, .. } = s;
    let Size { h: height, w: ref width } = s;
    for e in [Event::Key { code: 1, shift: false }, Event::Click(5, 6), Event::Quit, Event::Quit {}] {
        match e {
            Event::Key { code, .. } => println!("key {code}"),
            Event::Click(x, ..) => println!("click {x}"),
            Event::Quit => println!("quit"),
        }
    }
    let mut v = vec![3, 1, 2];
    v.insert(0, 7);
    v.swap(0, 1);
    let text = "a-b-c".replace('-', "+");
    let parts: Vec<&str> = text.splitn(2, '+').collect();
    let boxed: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * 10);
    let sum = apply(|x, y| x + y) + boxed(1);
    let opt = Some(5).map_or(0, |n| n + 1);
    println!("{a} {b} {r} {first} {second} {w} {height} {width} {v:?} {parts:?} {sum} {opt} {}", rgb_sum(Rgb(1, 2, 3)));
}
