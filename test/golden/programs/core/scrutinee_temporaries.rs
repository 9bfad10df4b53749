// Edition 2021 temporary scopes: if-let scrutinees live through else, guards and while-let conditions are their own scopes.
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
impl D { fn get(&self) -> Option<u8> { if self.0.len() > 3 { Some(1) } else { None } } }
fn mk(s: &'static str) -> D { D(s) }
fn main() {
    if let Some(x) = mk("iflet-some").get() {
        println!("then {}", x);
    } else {
        println!("else");
    }
    println!("after first");
    if let Some(x) = mk("no").get() {
        println!("then {}", x);
    } else {
        println!("else branch");
    }
    println!("after second");
    match mk("guarded").get() {
        Some(v) if mk("guard-temp").get().is_some() => println!("arm {}", v),
        _ => println!("other"),
    }
    println!("after match");
    while let Some(_) = mk("wl").get() {
        println!("in while let");
        break;
    }
    println!("after while let");
    let v = vec![mk("v0"), mk("v1"), mk("v2")];
    let mut it = v.into_iter();
    let first = it.next();
    println!("took first");
    drop(it);
    println!("dropped iterator");
    let _ = first;
    println!("end");
}
