struct Rules {
    all: Vec<Box<dyn Fn(i32) -> bool>>,
}

fn rules(floor: i32) -> Rules {
    Rules { all: vec![Box::new(|x| x > floor)] }
}

fn main() {
    println!("{}", (rules(1).all[0])(2));
}
