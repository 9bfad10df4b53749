// A Box moved into a function that returns it; the old binding stays moved.
fn pass(b: Box<i32>) -> Box<i32> {
    b
}

fn main() {
    let b = Box::new(5);
    let c = pass(b);
    println!("{} {}", c, b);
}
