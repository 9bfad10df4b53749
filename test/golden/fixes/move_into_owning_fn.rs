// A Vec passed to a function that owns it, then used again: only a clone keeps the types right.
fn total(values: Vec<u32>) -> u32 {
    values.iter().sum()
}

fn main() {
    let values = vec![1, 2, 3];
    let sum = total(values);
    println!("{} of {:?}", sum, values);
}
