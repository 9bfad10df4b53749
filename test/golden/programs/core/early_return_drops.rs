// Returning early from nested scopes drops every live local, innermost first.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn find(n: i32) -> Option<i32> {
    let _outer = D("outer");
    for i in 0..10 {
        let _iter = D("iteration");
        if i == n {
            let _inner = D("inner");
            return Some(i * 10);
        }
        if i > 2 {
            break;
        }
    }
    None
}
fn check(x: i32) -> Result<i32, String> {
    let _g = D("check guard");
    if x < 0 {
        return Err(format!("negative: {}", x));
    }
    Ok(x * 2)
}
fn chain(x: i32) -> Result<i32, String> {
    let _c = D("chain guard");
    let v = check(x)?;
    Ok(v + 1)
}
fn main() {
    println!("{:?}", find(1));
    println!("{:?}", find(5));
    println!("{:?}", chain(3));
    println!("{:?}", chain(-3));
}
