fn main() {
    let it = vec![1, 2].into_iter();
    println!("{:?}", it.next());
}
