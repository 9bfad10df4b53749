struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("bye");
    }
}

fn main() {
    let g = Guard { name: String::from("g") };
    let n = g.name;
    println!("{}", n);
}
