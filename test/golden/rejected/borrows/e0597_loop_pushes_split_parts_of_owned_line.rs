fn main() {
    let mut parts: Vec<&str> = Vec::new();
    let lines = vec![String::from("a b"), String::from("c")];
    for line in lines {
        for p in line.split(' ') {
            parts.push(p);
        }
    }
    println!("{:?}", parts);
}
