enum Light {
    On(String),
    Off,
}

impl Light {
    fn toggle(&mut self) {
        *self = Light::Off;
    }
}

fn main() {
    let mut l = Light::On(String::from("lamp"));
    if let Light::On(name) = &l {
        l.toggle();
        println!("{}", name);
    }
}
