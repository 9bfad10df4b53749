fn stem(file: &str) -> &str {
    file.strip_suffix(".txt").unwrap_or(file)
}

fn main() {
    let mut name = String::from("notes.txt");
    let s = stem(&name).len();
    name.push('!');
    let (k, v) = "a=b".rsplit_once('=').unwrap();
    let t = "//x".trim_start_matches('/').trim_end_matches('x');
    name.push_str(k);
    println!("{} {} {} {}", s, name, v, t);
}
