fn main() {
    let mut names = vec!["ann", "bo"];
    let firsts: Vec<&str> = names.iter().map(|x| *x).collect();
    names.push("cy");
    println!("{:?} {:?}", firsts, names);
}
