mod bank {
    fn balance() -> u32 {
        100
    }
}

fn main() {
    println!("{}", bank::balance());
}
