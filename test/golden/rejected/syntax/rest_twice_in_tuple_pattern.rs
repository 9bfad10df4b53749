fn main() {
    let scores = (7, 9, 11, 13);
    let (.., middle, ..) = scores;
    println!("{middle}");
}
