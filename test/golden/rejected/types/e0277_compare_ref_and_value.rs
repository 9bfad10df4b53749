fn main() {
    let v = vec![1, 2, 3];
    for x in v.iter() {
        if x == 2 {
            println!("found");
        }
    }
}
