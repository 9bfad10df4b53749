fn grow(s: &String) {
    let m: &mut String = &mut s;
    m.push('x');
}

fn main() {
    let s = String::from("a");
    grow(&s);
}
