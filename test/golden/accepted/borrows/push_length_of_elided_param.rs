fn record<'a>(names: &mut Vec<&'a str>, lengths: &mut Vec<usize>, name: &'a str, extra: &str) {
    names.push(name);
    lengths.push(extra.len());
}

fn main() {
    let mut names = Vec::new();
    let mut lengths = Vec::new();
    record(&mut names, &mut lengths, "a", "bc");
    println!("{:?} {:?}", names, lengths);
}
