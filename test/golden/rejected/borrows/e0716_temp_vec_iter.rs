fn main() {
    let it;
    it = vec![1, 2, 3].iter();
    println!("{}", it.count());
}
