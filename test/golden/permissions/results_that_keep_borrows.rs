// probe 9 v -W: v.push(String::new());
// probe 10 v +W: v.push(String::new());
// probe 12 v -W: v.push(String::new());
// probe 13 v +W: v.push(String::new());

fn main() {
    let mut v = vec![String::from("a")];
    let refs: Vec<&String> = v.iter().collect();
    println!("{}", refs.len());
    v.push(String::from("b"));
    let first = v.iter().next().unwrap();
    println!("{first}");
    v.push(String::from("c"));
}
