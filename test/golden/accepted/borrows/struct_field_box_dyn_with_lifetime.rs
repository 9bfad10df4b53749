struct Rule<'a> {
    test: Box<dyn Fn(i32) -> bool + 'a>,
}

fn main() {
    let floor = 3;
    let r = Rule { test: Box::new(|x| x > floor) };
    println!("{}", (r.test)(5));
}
