struct Marker;

fn main() {
    let m = Marker;
    drop(m);
}
