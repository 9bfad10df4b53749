fn edges(t: &(i32, u8, char, bool)) -> (i32, bool) {
    let (first, .., last) = t;
    (*first, *last)
}

fn main() {
    let pair = (1u8, 'x');
    let (head, ..) = pair;
    let (.., tail) = pair;
    let (a, b, ..) = pair;
    println!("{head} {tail} {a} {b} {:?}", edges(&(4, 5, 'q', true)));
}
