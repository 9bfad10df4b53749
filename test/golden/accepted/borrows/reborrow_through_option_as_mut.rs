fn main() {
    let mut o = Some(vec![1]);
    if let Some(v) = o.as_mut() {
        v.push(2);
    }
    if let Some(v) = o.as_mut() {
        v.push(3);
    }
    println!("{:?}", o);
}
