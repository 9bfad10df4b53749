fn count(items: &Vec<i32>) -> usize {
    items.len()
}

fn main() {
    let seen = vec![1, 2, 3];
    let mut total = 0;
    (0..3).for_each(|i| {
        total += i + count(&seen);
    });
    println!("{} {:?}", total, seen);
}
