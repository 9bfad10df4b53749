// Functions returning `impl Iterator`, chaining them lazily.
fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}
fn squares<'a>(v: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    v.iter().map(|x| x * x)
}
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(' ').filter(|w| !w.is_empty())
}
fn main() {
    println!("{:?}", evens(10).collect::<Vec<_>>());
    let v = vec![1, 2, 3];
    println!("{}", squares(&v).sum::<u32>());
    let mut it = evens(7).map(|x| x + 1);
    println!("{:?} {:?}", it.next(), it.next());
    println!("{:?}", words("a  bb ccc").map(str::len).collect::<Vec<_>>());
    let total: u32 = evens(5).chain(squares(&v)).sum();
    println!("{}", total);
}
