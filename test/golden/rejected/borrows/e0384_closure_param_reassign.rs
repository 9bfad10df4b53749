fn main() {
    let double = |x: i32| {
        x = x * 2;
        x
    };
    println!("{}", double(2));
}
