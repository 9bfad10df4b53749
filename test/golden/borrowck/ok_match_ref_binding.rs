// `ref` bindings and matching on a reference borrow instead of moving.
fn main() {
    let opt = Some(String::from("kept"));
    match opt {
        Some(ref s) => println!("{}", s),
        None => {}
    }
    if let Some(ref s) = opt {
        println!("{}", s.len());
    }
    match opt {
        Some(_) => println!("some"),
        None => println!("none"),
    }
    println!("{:?}", opt);
}
