struct Rule {
    test: Box<dyn Fn(i32) -> bool>,
}

fn above(floor: i32) -> Rule {
    Rule { test: Box::new(move |x| x > floor) }
}

fn main() {
    let r = above(3);
    println!("{}", (r.test)(5));
}
