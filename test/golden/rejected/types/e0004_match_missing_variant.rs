enum Light {
    Red,
    Yellow,
    Green,
}

fn main() {
    let l = Light::Yellow;
    match l {
        Light::Red => println!("stop"),
        Light::Green => println!("go"),
    }
}
