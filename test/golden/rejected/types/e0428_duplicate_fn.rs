fn helper() -> u32 {
    1
}

fn helper() -> u32 {
    2
}

fn main() {
    println!("{}", helper());
}
