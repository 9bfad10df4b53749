// Copy types never move: integers, floats, bool, char, &str, shared references, tuples and
// arrays of Copy values, and user types that derive Copy.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn show(p: Point) -> i32 {
    p.x + p.y
}

fn sum(a: [u8; 3]) -> u32 {
    a.iter().map(|&b| b as u32).sum()
}

fn main() {
    let n = 5;
    let m = n;
    let f = 2.5;
    let g = f;
    let flag = true;
    let c = 'c';
    let word = "static";
    let w2 = word;
    let owned = String::from("owned");
    let r = &owned;
    let r2 = r;
    let pair = (1, 2.0);
    let pair2 = pair;
    let arr = [1u8, 2, 3];
    let total = sum(arr);
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{} {} {} {} {} {} {}", n, m, f, g, flag, c, word);
    println!("{} {} {} {:?} {:?}", w2, r, r2, pair, pair2);
    println!("{} {:?} {} {:?} {:?}", total, arr, show(p), p, q);
}
