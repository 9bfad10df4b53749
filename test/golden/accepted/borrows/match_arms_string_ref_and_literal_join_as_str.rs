enum Slot { Empty, Full(String) }

fn main() {
    let slot = Slot::Full(String::from("tea"));
    let name = match &slot {
        Slot::Full(s) => s,
        Slot::Empty => "none",
    };
    println!("{}", name);
}
