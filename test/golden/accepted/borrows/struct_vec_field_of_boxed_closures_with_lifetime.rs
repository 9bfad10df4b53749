struct Rules<'a> {
    all: Vec<Box<dyn Fn(i32) -> bool + 'a>>,
}

fn main() {
    let floor = 1;
    let ceiling = 9;
    let rules = Rules { all: vec![Box::new(|x| x > floor), Box::new(|x| x < ceiling)] };
    println!("{}", rules.all.iter().all(|r| r(5)));
}
