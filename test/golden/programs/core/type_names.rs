// std::any::type_name spells std types by their defining crate and user types under this crate; turbofish commas inside macro arguments.
struct P; enum E { A }
fn main() {
    use std::any::type_name;
    println!("{}", type_name::<i32>());
    println!("{}", type_name::<String>());
    println!("{}", type_name::<&str>());
    println!("{}", type_name::<Vec<Option<P>>>());
    println!("{}", type_name::<(u8, E)>());
    println!("{}", type_name::<[u8; 3]>());
    println!("{}", type_name::<&[i32]>());
    println!("{}", type_name::<std::collections::HashMap<u8, char>>());
    println!("{}", type_name::<Result<(), String>>());
}
