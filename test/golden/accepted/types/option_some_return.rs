fn find(v: &[i32], target: i32) -> Option<usize> {
    for (i, x) in v.iter().enumerate() {
        if *x == target {
            return Some(i);
        }
    }
    None
}

fn main() {
    println!("{:?}", find(&[1, 2], 2));
}
