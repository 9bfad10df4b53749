fn rules() -> Vec<Box<dyn Fn(i32) -> bool>> {
    let min = 0;
    let max = 100;
    vec![Box::new(|x| x >= min), Box::new(|x| x <= max)]
}

fn main() {
    let rs = rules();
    println!("{}", rs.iter().filter(|r| r(50)).count());
}
