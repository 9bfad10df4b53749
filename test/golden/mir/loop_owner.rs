// An owner declared in a loop body is dropped each time round.
fn main() {
    let mut total = 0;
    for i in 0..3 {
        let s = i.to_string();
        total += s.len();
    }
    println!("{}", total);
}
