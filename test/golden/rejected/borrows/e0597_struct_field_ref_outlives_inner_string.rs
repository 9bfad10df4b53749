struct Highlight<'a> { text: &'a str }

fn main() {
    let h;
    {
        let page = String::from("borrowing rules");
        h = Highlight { text: &page[0..9] };
    }
    println!("{}", h.text);
}
