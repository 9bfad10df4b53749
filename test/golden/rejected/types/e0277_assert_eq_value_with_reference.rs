fn main() {
    let limit = 40;
    let shown = &limit;
    assert_eq!(40, shown);
}
