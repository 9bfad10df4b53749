// assert! and assert_eq! pass silently; a failing assert_eq! shows both values.
fn main() {
    assert!(1 + 1 == 2);
    assert_eq!(2 * 3, 6, "math works");
    assert_ne!("a", "b");
    let v = vec![1, 2, 3];
    assert!(v.len() == 3, "length was {}", v.len());
    println!("all good so far");
    let expected = vec![1, 2, 4];
    assert_eq!(v, expected, "vectors differ at the end");
    println!("not reached");
}
