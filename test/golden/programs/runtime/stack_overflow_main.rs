struct Marker;

impl Drop for Marker {
    fn drop(&mut self) {
        println!("marker dropped");
    }
}

fn recurse(depth: u64, buf: [u64; 32]) -> u64 {
    let local = [depth; 512];
    recurse(depth + 1, [local[1]; 32]) + buf[0]
}

fn main() {
    let _m = Marker;
    println!("about to recurse without end");
    let r = recurse(0, [0; 32]);
    println!("{}", r);
}
