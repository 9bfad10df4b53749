fn main() {
    let point = (3, -1, 8);
    match point {
        (0, ..) => println!("on the plane"),
        (.., y, ..) => println!("y = {y}"),
    }
}
