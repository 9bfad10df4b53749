fn biggest(values: &[u32]) -> &u32 {
    let mut best = 0;
    for v in values {
        if *v > best {
            best = *v;
        }
    }
    &best
}

fn main() {
    let readings = vec![3, 9, 4];
    let top = biggest(&readings);
    println!("top reading: {top}");
}
