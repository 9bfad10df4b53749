// char classification and conversion.
fn main() {
    for c in ['a', 'Z', '7', ' ', 'é', '!'] {
        println!(
            "{:?} alpha={} num={} alnum={} ws={} upper={} lower={} ascii={}",
            c,
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_alphanumeric(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_lowercase(),
            c.is_ascii()
        );
    }
    println!("{:?} {:?}", '7'.to_digit(10), 'f'.to_digit(16));
    println!("{:?}", std::char::from_digit(7, 10));
    println!("{} {}", 'a'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase());
    println!("{}", 'ß'.to_uppercase());
    println!("{} {}", 'é'.len_utf8(), '😀'.len_utf8());
    println!("{}", ('a' as u8 + 2) as char);
    println!("{:?}", char::from_u32(0x41));
    let caesar: String = "abc xyz".chars().map(|c| if c.is_ascii_lowercase() { (((c as u8 - b'a' + 3) % 26) + b'a') as char } else { c }).collect();
    println!("{}", caesar);
}
