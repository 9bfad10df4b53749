fn main() {
    let mut extra = vec![9];
    let v = vec![1, 2];
    let it = v.iter().flat_map(|x| extra.iter().map(move |e| x + e));
    extra.push(8);
    println!("{}", it.count());
}
