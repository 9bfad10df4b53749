fn shorten(mut s: String) -> String {
    s = s[..1].to_string();
    s
}

fn main() {
    println!("{}", shorten(String::from("abc")));
}
