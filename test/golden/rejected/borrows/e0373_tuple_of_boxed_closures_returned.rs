fn bounds(lo: i32, hi: i32) -> (Box<dyn Fn(i32) -> bool>, Box<dyn Fn(i32) -> bool>) {
    (Box::new(move |x| x >= lo), Box::new(|x| x <= hi))
}

fn main() {
    let (a, b) = bounds(1, 9);
    println!("{} {}", a(3), b(3));
}
