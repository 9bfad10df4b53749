fn main() {
    let mut items: Vec<i32> = Vec::new();
    let mut add = |n| items.push(n);
    add(1);
    add(2);
    println!("{}", items.len());
}
