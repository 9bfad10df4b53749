struct Marker;

impl Drop for Marker {
    fn drop(&mut self) {
        println!("marker dropped");
    }
}

fn recurse(depth: u64, buf: [u8; 256]) -> u64 {
    let local = [depth as u8; 256];
    recurse(depth + 1, local) + buf[0] as u64
}

fn main() {
    let _m = Marker;
    println!("about to recurse without end");
    let r = recurse(0, [0; 256]);
    println!("{}", r);
}
