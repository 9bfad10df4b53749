struct Filter {
    name: &'static str,
    keep: Box<dyn Fn(&i32) -> bool>,
}
fn filter_for(mode: char) -> Filter {
    let limit = 10;
    match mode {
        'l' => Filter { name: "below", keep: Box::new(|v| *v < limit) },
        _ => Filter { name: "any", keep: Box::new(|_| true) },
    }
}
fn main() {
    let f = filter_for('l');
    let kept: Vec<i32> = vec![3, 12, 9].into_iter().filter(|v| (f.keep)(v)).collect();
    println!("{} {:?}", f.name, kept);
}
