struct Checks<'a> {
    all: Vec<&'a dyn Fn(i32) -> bool>,
}

fn main() {
    let floor = 2;
    let above = |x| x > floor;
    let even = |x: i32| x % 2 == 0;
    let checks = Checks { all: vec![&above, &even] };
    println!("{}", checks.all.iter().filter(|c| c(4)).count());
}
