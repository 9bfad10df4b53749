#[derive(Debug, PartialEq)]
struct Spot {
    row: u8,
    col: u8,
}

fn main() {
    let limit = 40;
    let shown = &limit;
    assert_eq!(40, *shown);
    assert_eq!(&40, shown);
    assert_ne!(shown, &41);
    let name = String::from("ok");
    assert_eq!(name, "ok");
    assert_eq!("ok", name);
    let v = vec![1, 2, 3];
    assert_eq!(v.len(), 3);
    assert_eq!(Spot { row: 1, col: 2 }, Spot { row: 1, col: 2 });
    debug_assert_ne!(1.5, 2.0);
}
