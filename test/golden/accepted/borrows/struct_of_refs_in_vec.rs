struct Entry<'a> {
    key: &'a str,
}

fn main() {
    let text = String::from("a b c");
    let entries: Vec<Entry> = text.split(' ').map(|k| Entry { key: k }).collect();
    println!("{}", entries.iter().map(|e| e.key).collect::<String>());
}
