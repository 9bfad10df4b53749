fn main() {
    let maybe: Option<u32> = Some(1);
    if let Some(value) = maybe {
        println!("{}", value);
    }
}
