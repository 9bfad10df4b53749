fn main() {
    let boxes = [Box::new(1), Box::new(2)];
    let b = &boxes[1];
    println!("{}", b);
}
