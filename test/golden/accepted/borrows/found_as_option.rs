fn main() {
    let mut found: Option<usize> = None;
    for i in 0..3 {
        if i == 2 {
            found = Some(i);
        }
    }
    println!("{:?}", found);
}
