fn scalers(factors: Vec<i32>) -> Vec<Box<dyn Fn(i32) -> i32>> {
    factors.into_iter().map(|f| Box::new(|x: i32| x * f) as Box<dyn Fn(i32) -> i32>).collect()
}

fn main() {
    let s = scalers(vec![2, 3]);
    println!("{}", s[1](5));
}
