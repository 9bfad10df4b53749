struct Id(String);

impl Id {
    fn into_string(self) -> String {
        self.0
    }
}

fn main() {
    println!("{}", Id(String::from("a")).into_string());
}
