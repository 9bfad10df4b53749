// Indexing past the end of a Vec panics with the length and the index.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let _d = D("guard");
    let v = vec![10, 20, 30];
    let mut total = 0;
    for i in 0..5 {
        total += v[i];
        println!("total {}", total);
    }
}
