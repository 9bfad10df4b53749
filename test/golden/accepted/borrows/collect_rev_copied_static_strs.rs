fn main() {
    let mut names = vec!["ann", "bo"];
    let backwards: Vec<&str> = names.iter().rev().copied().collect();
    names.push("cy");
    println!("{:?} {:?}", backwards, names);
}
