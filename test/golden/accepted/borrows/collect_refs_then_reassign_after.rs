fn main() {
    let mut list = vec![1, 2];
    let total: i32 = list.iter().sum();
    list = Vec::new();
    println!("{} {:?}", total, list);
}
