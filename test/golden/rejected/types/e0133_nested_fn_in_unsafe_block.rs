unsafe fn secret() -> u8 {
    42
}

fn main() {
    let v = unsafe {
        fn helper() -> u8 {
            secret() + 1
        }
        helper()
    };
    println!("{v}");
}
