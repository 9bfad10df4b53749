fn main() {
    let found: usize;
    for i in 0..3 {
        if i == 2 {
            found = i;
        }
    }
    println!("{}", found);
}
