fn main() {
    for i in 0..3 {
        let mut j = i;
        j += 1;
        println!("{}", j);
    }
}
