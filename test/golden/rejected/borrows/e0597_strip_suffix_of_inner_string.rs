fn main() {
    let stem;
    {
        let file = String::from("notes.txt");
        stem = file.strip_suffix(".txt");
    }
    println!("{:?}", stem);
}
