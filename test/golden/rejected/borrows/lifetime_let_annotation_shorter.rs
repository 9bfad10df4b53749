fn keep<'a, 'b>(x: &'a str, y: &'b str) -> usize {
    let t: &'b str = x;
    t.len() + y.len()
}

fn main() {
    println!("{}", keep("ab", "c"));
}
