fn main() {
    let mut slot: Option<String> = Some(String::from("x"));
    let r = slot.as_mut();
    let taken = slot.take();
    if let Some(s) = r { s.push('y'); }
    println!("{:?}", taken);
}
