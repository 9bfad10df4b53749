fn main() {
    let maybe: Option<u32> = Some(1);
    let Some(value) = maybe else {
        return;
    };
    println!("{}", value);
}
