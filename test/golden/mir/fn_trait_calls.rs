// Calls through the Fn traits: a generic parameter by its bound, a trait object behind a
// reference, and boxed trait objects (the box is the receiver; an `FnOnce` box is moved).
fn twice<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 {
    let label = String::from("twice");
    let y = f(f(x));
    y + label.len() as u32
}

fn count_up<F>(mut step: F, times: u32)
where
    F: FnMut(u32),
{
    for i in 0..times {
        step(i);
    }
}

fn consume<F: FnOnce() -> String>(make: F) -> usize {
    let s = make();
    s.len()
}

fn through_ref(words: Vec<String>, extra: usize) -> usize {
    let add = |n: usize| n + extra;
    let f: &dyn Fn(usize) -> usize = &add;
    let mut total = 0;
    let mut i = 0;
    while i < words.len() {
        total += f(words[i].len());
        i += 1;
    }
    total
}

fn boxed(k: u8) -> usize {
    let f: Box<dyn Fn(u8) -> u8> = Box::new(move |x| x * k);
    let g: Box<dyn FnOnce(u8) -> String> = Box::new(|x| String::with_capacity(x as usize));
    let n = f(3);
    let text = g(n);
    text.capacity()
}

fn main() {
    let offset = 7;
    let a = twice(|v| v + offset, 1);
    let mut seen = Vec::new();
    count_up(|i| seen.push(i), 3);
    let owned = String::from("made");
    let b = consume(move || owned);
    let c = through_ref(vec![String::from("ab"), String::from("cde")], 1);
    let d = boxed(2) >= 6;
    println!("{} {:?} {} {} {}", a, seen, b, c, d);
}
