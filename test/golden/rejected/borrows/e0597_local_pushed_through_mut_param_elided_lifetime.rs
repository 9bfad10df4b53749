fn remember(seen: &mut Vec<&i32>, n: i32) {
    let copy = n;
    seen.push(&copy);
}

fn main() {
    let mut seen = Vec::new();
    remember(&mut seen, 3);
    println!("{:?}", seen);
}
