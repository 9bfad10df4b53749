unsafe fn secret() -> u8 {
    42
}

fn main() {
    let v = unsafe {
        fn helper() -> u8 {
            let base = unsafe { secret() };
            base + 1
        }
        helper() + secret()
    };
    println!("{v}");
}
