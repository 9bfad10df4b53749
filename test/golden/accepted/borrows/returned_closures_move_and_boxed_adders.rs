fn compose<'a>(prefix: &'a str) -> impl Fn(&str) -> String + 'a {
    move |s| format!("{}{}", prefix, s)
}
fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || { c += 1; c }
}
fn main() {
    let p = String::from(">");
    let f = compose(&p);
    let mut c = counter();
    c();
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..3).map(|k| Box::new(move |x| x + k) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{} {} {}", f("a"), c(), adders[0](1));
}
