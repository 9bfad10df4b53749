// `type_name_of_val` names the type the checker gave the value, not one read off it: a `None`, an
// empty `Vec`, a generic struct, and the same calls inside a generic function for each instance.
use std::any::type_name_of_val;

struct Holder<T> {
    items: Vec<T>,
}

fn name_in<T>(x: &T) -> &'static str {
    type_name_of_val(x)
}

fn main() {
    let nothing: Option<u8> = None;
    let empty: Vec<u16> = Vec::new();
    let holder = Holder { items: Vec::<(char, bool)>::new() };
    let text = "hi";
    let pair = (1u64, 'x');
    println!("{}", type_name_of_val(&nothing));
    println!("{}", type_name_of_val(&empty));
    println!("{}", type_name_of_val(&holder));
    println!("{} {}", type_name_of_val(&text), type_name_of_val(text));
    println!("{}", type_name_of_val(&pair));
    println!("{} {}", name_in(&nothing), name_in(&holder));
    println!("{} {}", name_in(&empty), holder.items.len());
}
