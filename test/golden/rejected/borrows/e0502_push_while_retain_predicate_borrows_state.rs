fn main() {
    let mut seen = Vec::new();
    let mut items = vec![3, 1, 3, 2];
    items.retain(|x| {
        if seen.contains(x) { false } else { seen.push(*x); true }
    });
    seen.clear();
    let keep = |x: &i32| seen.is_empty() || *x > 1;
    seen.push(1);
    items.retain(keep);
}
