fn main() {
    let c = Colour::Red;
    drop(c);
}
