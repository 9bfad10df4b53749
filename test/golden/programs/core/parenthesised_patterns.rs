// Parentheses around a pattern only group it: `(p)` binds the whole value, `((a, b))` is the pair,
// and only `(p,)` is a one-element tuple.
fn main() {
    let (pair) = (10, 20);
    let ((left, right)) = (String::from("l"), String::from("r"));
    let (single,) = (30,);
    match (left.len(), right) {
        (n) => println!("{pair:?} {n:?} {single}"),
    }
}
