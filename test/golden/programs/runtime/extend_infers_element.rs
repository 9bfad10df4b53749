// An empty collection whose element type only `extend` tells: the `Extend<A>` impl picked for the
// receiver ties `A` to the element type.
fn main() {
    let mut scores = Vec::new();
    scores.extend([7u16, 9, 12]);
    println!("{:?} len {} cap {}", scores, scores.len(), scores.capacity());

    let mut reserved = Vec::with_capacity(2);
    reserved.extend("hey".chars());
    reserved.push('!');
    println!("{:?} cap {}", reserved, reserved.capacity());

    let mut widths = Vec::new();
    widths.extend(vec![3i64, -4].into_iter().map(|w| w * 2));
    let total: i64 = widths.iter().sum();
    println!("{:?} total {}", widths, total);
}
