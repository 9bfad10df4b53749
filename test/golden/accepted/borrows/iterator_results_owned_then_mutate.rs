fn main() {
    let mut line = String::from("a bb ccc");
    let count = line.split_whitespace().count();
    let owned: Vec<String> = line.split_whitespace().map(String::from).collect();
    line.clear();
    let mut v = vec![3, 1, 2];
    let biggest = *v.iter().max().unwrap();
    v.sort();
    println!("{} {:?} {} {:?} {:?}", count, owned, biggest, v, line);
}
