fn main() {
    let mut names = vec!["ann", "bo"];
    let firsts: Vec<&str> = names.iter().map(|&x| x).collect();
    let pick = names.iter().find(|s| s.len() > 2).copied();
    names.push("cy");
    println!("{:?} {:?} {:?}", firsts, names, pick);
}
