fn greeters(names: &[String]) -> Vec<Box<dyn Fn() -> String + '_>> {
    names
        .iter()
        .map(|name| {
            let greeting = format!("hi {}", name);
            Box::new(|| greeting.clone()) as Box<dyn Fn() -> String>
        })
        .collect()
}

fn main() {
    let names = vec![String::from("ann")];
    let gs = greeters(&names);
    println!("{}", gs[0]());
}
