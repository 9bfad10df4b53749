fn main() {
    let label = "7";
    assert_ne!(label, 7);
}
