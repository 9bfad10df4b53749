fn main() {
    let outer;
    {
        let inner = 7;
        outer = &inner;
    }
    println!("outer points at {outer}");
}
