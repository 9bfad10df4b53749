// Each loop iteration is a scope: its locals drop at the end of every iteration.
struct D(String);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    for i in 0..3 {
        let _a = D(format!("a{}", i));
        if i == 1 {
            println!("continue at 1");
            continue;
        }
        let _b = D(format!("b{}", i));
        println!("end of iteration {}", i);
    }
    let mut n = 0;
    while n < 2 {
        let _w = D(format!("w{}", n));
        n += 1;
    }
    let found = loop {
        let _l = D("loop local".to_string());
        break 42;
    };
    println!("found {}", found);
}
