mod bank {
    pub fn balance() -> u32 {
        100
    }
}

fn main() {
    println!("{}", bank::balance());
}
