struct Ticket(u8);

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("drop ticket {}", self.0);
    }
}

fn check(a: i32, b: i32) {
    let _t = Ticket(2);
    assert_eq!(a + 1, b, "values should be adjacent");
    println!("{} and {} are adjacent", a, b);
}

fn main() {
    let _t = Ticket(1);
    check(1, 2);
    check(3, 5);
}
