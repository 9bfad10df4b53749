fn main() {
    let mut names = vec!["ann", "bo"];
    let mut it = names.iter().peekable();
    let next = it.peek().copied();
    names.push("cy");
    println!("{:?}", next);
}
