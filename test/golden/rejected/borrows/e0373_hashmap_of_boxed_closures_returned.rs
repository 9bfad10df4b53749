use std::collections::HashMap;

fn ops(step: i32) -> HashMap<&'static str, Box<dyn Fn(i32) -> i32>> {
    let mut m: HashMap<&'static str, Box<dyn Fn(i32) -> i32>> = HashMap::new();
    m.insert("up", Box::new(|x| x + step));
    m
}

fn main() {
    println!("{}", ops(2)["up"](1));
}
