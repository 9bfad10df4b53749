// Patterns: references, ref/ref mut, nested enums, slices, struct fields, @ bindings.
#[derive(Debug)]
enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
}
fn handle(m: &Msg) -> String {
    match m {
        Msg::Quit => "quit".to_string(),
        Msg::Move { x: 0, y } => format!("vertical {}", y),
        Msg::Move { x, .. } if *x < 0 => format!("left {}", x),
        Msg::Move { x, y } => format!("move {} {}", x, y),
        Msg::Write(s) => format!("write {} chars", s.len()),
        Msg::Color(r, _, b @ 200..=255) => format!("bluish {} {}", r, b),
        Msg::Color(..) => "color".to_string(),
    }
}
fn classify(v: &[i32]) -> &'static str {
    match v {
        [] => "empty",
        [_] => "one",
        [first, .., last] if first == last => "same ends",
        [_, rest @ ..] if rest.len() > 2 => "long",
        _ => "other",
    }
}
fn main() {
    let msgs = vec![
        Msg::Quit,
        Msg::Move { x: 0, y: 5 },
        Msg::Move { x: -2, y: 1 },
        Msg::Move { x: 3, y: 4 },
        Msg::Write("hello".to_string()),
        Msg::Color(1, 2, 250),
        Msg::Color(1, 2, 3),
    ];
    for m in &msgs {
        println!("{}", handle(m));
    }
    for v in [&[][..], &[1][..], &[4, 5, 4][..], &[1, 2, 3, 4][..], &[1, 2][..]] {
        println!("{:?} -> {}", v, classify(v));
    }
    let mut pair = (String::from("left"), 5);
    {
        let (ref s, ref mut n) = pair;
        *n += 1;
        println!("{} {}", s, n);
    }
    println!("{:?}", pair);
    let opt = Some((1, "one"));
    if let Some((n, name)) = opt {
        println!("{} {}", n, name);
    }
    let nested = Some(Some(3));
    if let Some(Some(x)) = nested {
        println!("nested {}", x);
    }
    let point = (3, -3);
    let desc = match point {
        (0, 0) => "origin",
        (x, 0) | (0, x) if x > 0 => "positive axis",
        (x, y) if x == -y => "anti-diagonal",
        _ => "elsewhere",
    };
    println!("{}", desc);
    let c = 'k';
    println!("{}", match c { 'a'..='j' => 1, 'k'..='z' => 2, _ => 3 });
    let v = vec![1, 2, 3];
    let total: i32 = v.iter().map(|&x| x * 2).sum();
    println!("{}", total);
    for &(a, b) in [(1, 2), (3, 4)].iter() {
        print!("{} ", a + b);
    }
    println!();
    println!("{}", matches!(msgs[1], Msg::Move { x: 0, .. }));
}
