use std::thread;

fn main() {
    let h = thread::Builder::new()
        .name(String::from("parser"))
        .spawn(|| {
            let v: Vec<u8> = Vec::new();
            let first: Option<&u8> = v.first();
            *first.unwrap()
        })
        .unwrap();
    let r = h.join();
    println!("join is_err = {}", r.is_err());
    let r2 = thread::spawn(|| {
        let x: Result<u8, String> = Err(String::from("nope"));
        x.expect("spawned expect")
    })
    .join();
    println!("second is_err = {}", r2.is_err());
    let payload = r2.unwrap_err();
    println!("payload is String: {}", payload.downcast_ref::<String>().is_some());
}
