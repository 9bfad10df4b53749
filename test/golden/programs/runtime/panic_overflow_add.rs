struct Tracker;

impl Drop for Tracker {
    fn drop(&mut self) {
        println!("tracker dropped");
    }
}

fn add_all(xs: &[u8]) -> u8 {
    let _t = Tracker;
    let mut total: u8 = 0;
    for x in xs {
        total += x;
        println!("total = {}", total);
    }
    total
}

fn main() {
    add_all(&[100, 100, 60]);
}
