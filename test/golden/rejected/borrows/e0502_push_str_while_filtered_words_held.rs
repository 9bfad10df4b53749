fn main() {
    let mut line = String::from("a  b c");
    let words: Vec<&str> = line.split(' ').filter(|w| !w.is_empty()).collect();
    line.push_str(" d");
    println!("{:?}", words);
}
