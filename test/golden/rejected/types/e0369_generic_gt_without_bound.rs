fn tallest<T>(heights: &[T]) -> &T {
    let mut top = &heights[0];
    for h in heights {
        if h > top {
            top = h;
        }
    }
    top
}

fn main() {
    let hs = vec![170, 182, 165];
    println!("{}", tallest(&hs));
}
