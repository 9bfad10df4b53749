// Patterns: a binding moves out of the matched place (reported at the binding), `ref` borrows, tuple destructuring reports the last field.
fn main() {
    let o = Some(String::new());
    let p = o;
    match o { Some(x) => {}, None => {} }
    let o2 = Some(String::new());
    let p2 = o2;
    if let Some(x) = o2 {}
    let t = (String::new(), String::new());
    let u = t;
    let (a, b) = t;
    let o3 = Some(String::new());
    let p3 = o3;
    match o3 { Some(ref x) => {}, None => {} }
    let o4: Option<i32> = Some(1);
    let s = String::new();
    let q = s;
    let w = &s;
    let s2 = String::new();
    let q2 = s2;
    let v = (s2, 1);
}
