struct Book {
    title: String,
}

fn title(b: &Book) -> String {
    b.title
}

fn main() {
    println!("{}", title(&Book { title: String::from("t") }));
}
