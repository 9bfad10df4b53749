fn main() {
    let mut items: Vec<i32> = Vec::new();
    let mut add = |n| items.push(n);
    println!("{}", items.len());
    add(1);
}
