// Moved on one path only: a drop flag decides at the end of the scope.
fn main() {
    let s = String::from("maybe");
    let n = std::env::args().count();
    if n > 5 {
        drop(s);
    }
    println!("done");
}
