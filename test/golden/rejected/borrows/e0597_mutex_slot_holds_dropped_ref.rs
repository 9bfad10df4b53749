use std::sync::Mutex;

fn main() {
    let slot: Mutex<Option<&String>> = Mutex::new(None);
    {
        let name = String::from("n");
        *slot.lock().unwrap() = Some(&name);
    }
    println!("{}", slot.lock().unwrap().is_some());
}
