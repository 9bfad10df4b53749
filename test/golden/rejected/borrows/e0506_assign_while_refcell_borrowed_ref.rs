fn main() {
    let mut list = vec![1, 2];
    let total: Vec<&i32> = list.iter().collect();
    list = Vec::new();
    println!("{:?} {:?}", total, list);
}
