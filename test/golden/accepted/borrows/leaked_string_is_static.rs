fn keep(s: &'static str) -> usize {
    s.len()
}

fn main() {
    let owned = String::from("abc");
    let forever: &'static str = Box::leak(owned.into_boxed_str());
    println!("{}", keep(forever));
}
