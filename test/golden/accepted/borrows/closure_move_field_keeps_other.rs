struct Pair {
    left: String,
    right: String,
}

fn main() {
    let p = Pair { left: String::from("l"), right: String::from("r") };
    let take_left = move || p.left.len();
    println!("{} {}", take_left(), p.right);
}
