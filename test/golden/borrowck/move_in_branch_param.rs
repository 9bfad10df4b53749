// Moved on one branch only, the branch decided by a parameter: the use after the `if` may find
// the value gone, so rustc rejects it.
fn keep(label: String) -> usize {
    label.len()
}

fn tally(verbose: bool) -> usize {
    let label = String::from("count");
    let mut n = 0;
    if verbose {
        n += keep(label);
    }
    n + label.len()
}

fn main() {
    println!("{}", tally(true));
}
