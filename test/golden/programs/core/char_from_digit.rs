// `std::char::from_digit` and `std::char::from_u32`, the module functions, beside the
// associated functions of `char` they forward to.
fn main() {
    let seven = std::char::from_digit(7, 10);
    let eleven = std::char::from_digit(11, 16);
    let none = std::char::from_digit(10, 10);
    let a = std::char::from_u32(0x41);
    let same = char::from_digit(7, 10) == seven;
    println!("{:?} {:?} {:?} {:?} {}", seven, eleven, none, a, same);
    let digits: Vec<char> = (0..4).filter_map(|d| std::char::from_digit(d, 2)).collect();
    println!("{:?}", digits);
}
