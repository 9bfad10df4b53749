// Moves in several match arms, some of which return.
fn classify(n: i32, label: String) -> String {
    match n {
        0 => return label,
        1 => {
            let s = label;
            println!("{}", s);
        }
        _ => {}
    }
    label
}

fn main() {
    println!("{}", classify(2, String::from("l")));
}
