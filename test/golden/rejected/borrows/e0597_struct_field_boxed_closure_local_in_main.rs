struct Rule {
    test: Box<dyn Fn(i32) -> bool>,
}

fn main() {
    let floor = 3;
    let r = Rule { test: Box::new(|x| x > floor) };
    println!("{}", (r.test)(5));
}
