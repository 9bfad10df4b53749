struct Check {
    f: Box<dyn Fn(u8) -> bool>,
}

fn check(max: u8) -> Check {
    let f = Box::new(|b| b <= max);
    Check { f }
}

fn main() {
    println!("{}", (check(3).f)(2));
}
