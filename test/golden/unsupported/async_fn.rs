// Asynchronous functions need an executor; the simulator runs synchronous code only.
async fn fetch() -> u32 {
    7
}
fn main() {
    let _f = fetch();
    println!("started");
}
