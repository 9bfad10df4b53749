// `while let` with moves: the popped value is fresh each time, the outer String is not.
fn main() {
    let mut stack = vec![String::from("a"), String::from("b")];
    let sink = String::from("sink");
    let mut out = Vec::new();
    while let Some(top) = stack.pop() {
        out.push(top);
        out.push(sink);
    }
    println!("{:?}", out);
}
