fn main() {
    let mut groups = vec![vec![String::from("a")], vec![String::from("b")]];
    let all: Vec<&String> = groups.iter().flatten().collect();
    groups.clear();
    println!("{:?}", all);
}
