fn make_adders(offsets: &[i32]) -> Vec<impl Fn(i32) -> i32 + '_> {
    offsets.iter().map(|o| move |x: i32| x + o).collect()
}

fn scalers(factors: Vec<i32>) -> Vec<Box<dyn Fn(i32) -> i32>> {
    factors.into_iter().map(|f| Box::new(move |x: i32| x * f) as Box<dyn Fn(i32) -> i32>).collect()
}

fn greeters(names: &[String]) -> Vec<Box<dyn Fn() -> String + '_>> {
    names
        .iter()
        .map(|name| {
            let greeting = format!("hi {}", name);
            Box::new(move || greeting.clone()) as Box<dyn Fn() -> String>
        })
        .collect()
}

fn main() {
    let adders = make_adders(&[1, 2]);
    let s = scalers(vec![2, 3]);
    let names = vec![String::from("ann")];
    let gs = greeters(&names);
    println!("{} {} {}", adders[0](10), s[1](5), gs[0]());
}
