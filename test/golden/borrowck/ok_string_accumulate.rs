// `s = s + …` moves and re-initialises in one statement, also in a loop.
fn main() {
    let mut s = String::new();
    for i in 0..3 {
        s = s + &i.to_string();
    }
    let mut parts = Vec::new();
    let mut current = String::new();
    for c in "a,b,c".chars() {
        if c == ',' {
            parts.push(current);
            current = String::new();
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    println!("{} {:?}", s, parts);
}
