fn first<'a, 'b>(a: &'a str, _b: &'b str) -> &'a str {
    a
}

fn main() {
    let owned = String::from("kept");
    let r;
    {
        let short = String::from("gone");
        r = first(&owned, &short);
    }
    println!("{}", r);
}
