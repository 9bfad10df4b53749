struct Rule<'a> {
    test: Box<dyn Fn(i32) -> bool + 'a>,
}

fn above<'a>(floor: i32) -> Rule<'a> {
    Rule { test: Box::new(|x| x > floor) }
}

fn main() {
    println!("{}", (above(3).test)(5));
}
