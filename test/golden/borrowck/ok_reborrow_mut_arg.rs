// A `&mut` given to a parameter declared `&mut` is reborrowed, not moved: it can be given again,
// in a loop too. Given to a generic parameter it would move.
fn bump(counter: &mut u32) {
    *counter += 1;
}

fn fill(out: &mut Vec<u32>, counter: &mut u32) {
    for _ in 0..3 {
        bump(counter);
        out.push(*counter);
    }
}

fn main() {
    let mut counter = 0;
    let mut out = Vec::new();
    let r = &mut counter;
    fill(&mut out, r);
    bump(r);
    out.push(*r);
    println!("{:?}", out);
}
