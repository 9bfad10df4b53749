struct Profile {
    name: String,
}

impl Profile {
    fn name(&self) -> &str {
        &self.name
    }
    fn rename(&mut self, n: &str) {
        self.name = n.to_string();
    }
}

fn main() {
    let mut p = Profile { name: String::from("a") };
    let old = p.name().to_string();
    p.rename("b");
    println!("{} {}", old, p.name());
}
