// panic! with a formatted message; destructors of every frame run while unwinding.
struct D(String);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn level3(n: i32) {
    let _c = D(format!("level3 local {}", n));
    if n > 2 {
        panic!("n was {} (limit {})", n, 2);
    }
}
fn level2(n: i32) {
    let _b = D("level2 local".to_string());
    level3(n);
    println!("level2 done");
}
fn main() {
    let _a = D("main local".to_string());
    level2(1);
    level2(3);
}
