fn main() {
    let mut names = vec!["ann", "bo"];
    let longest = *names.iter().max_by_key(|s| s.len()).unwrap();
    let (a, b) = names.iter().zip(names.iter().skip(1)).map(|(x, y)| (*x, *y)).next().unwrap();
    names.clear();
    println!("{} {} {}", longest, a, b);
}
