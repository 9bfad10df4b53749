// A move in an inner loop body, with the variable declared in the outer loop.
fn main() {
    for i in 0..2 {
        let label = format!("row {}", i);
        for _ in 0..2 {
            let taken = label;
            println!("{}", taken);
        }
    }
}
