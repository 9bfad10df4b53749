// process::exit ends the program at once with a status; destructors do not run.
struct D;
impl Drop for D {
    fn drop(&mut self) {
        println!("not printed");
    }
}
fn main() {
    let _d = D;
    println!("exiting with 3");
    std::process::exit(3);
}
