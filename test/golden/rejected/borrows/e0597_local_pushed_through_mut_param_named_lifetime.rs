fn remember<'a>(seen: &mut Vec<&'a i32>, n: i32) {
    let copy = n;
    seen.push(&copy);
}

fn main() {
    let mut seen = Vec::new();
    remember(&mut seen, 3);
    println!("{:?}", seen);
}
