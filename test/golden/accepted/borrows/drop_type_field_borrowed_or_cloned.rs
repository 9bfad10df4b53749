struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("bye {}", self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("g") };
    let borrowed = &g.name;
    let copy = g.name.clone();
    println!("{} {}", borrowed, copy);
}
