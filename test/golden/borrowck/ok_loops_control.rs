// Loop control that keeps moves apart: labelled breaks, returns inside loops, re-declaration in the body.
fn take(s: String) -> usize {
    s.len()
}

fn find(items: Vec<String>) -> Option<String> {
    for item in items {
        if item.starts_with('b') {
            return Some(item);
        }
    }
    None
}

fn main() {
    let s = String::from("outer");
    'outer: for i in 0..3 {
        for j in 0..3 {
            if i + j == 2 {
                take(s);
                break 'outer;
            }
        }
    }
    let mut n = 0;
    while n < 3 {
        let local = String::from("fresh");
        take(local);
        n += 1;
    }
    let owned = String::from("x");
    let total = loop {
        if n > 10 {
            break take(owned);
        }
        n += 1;
    };
    println!("{} {:?}", total, find(vec![String::from("a"), String::from("b")]));
}
