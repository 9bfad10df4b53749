// Moves transfer ownership (the source may not be used), Copy types are duplicated.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}
#[derive(Debug)]
struct Label {
    text: String,
}
impl Drop for Label {
    fn drop(&mut self) {
        println!("drop label {}", self.text);
    }
}
fn consume(l: Label) {
    println!("consumed {:?}", l);
}
fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?}", p, q);
    let a = Label { text: String::from("a") };
    let b = a;
    println!("b = {}", b.text);
    consume(b);
    println!("after consume");
    let c = Label { text: "c".to_string() };
    let d = Label { text: "d".to_string() };
    let mut e = c;
    e = d;
    println!("e = {}", e.text);
}
