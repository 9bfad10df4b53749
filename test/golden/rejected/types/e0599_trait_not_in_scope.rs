mod tools {
    pub trait Describe {
        fn describe(&self) -> String;
    }

    impl Describe for i32 {
        fn describe(&self) -> String {
            format!("the number {}", self)
        }
    }
}

fn main() {
    println!("{}", 4i32.describe());
}
