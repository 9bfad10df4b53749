fn main() {
    let (whole) = (1, 2);
    let ((a, b)) = (3, 4);
    let (c,) = (5,);
    let (first, ..) = (6,);
    let (..) = (7, 8, 9);
    match (a, b) {
        (x) => println!("{:?} {:?} {c} {first}", whole, x),
    }
}
