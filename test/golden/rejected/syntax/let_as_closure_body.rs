fn main() {
    let make = || let fresh = 10;
    make();
}
