// A panic whose message has arguments: std formats it into a String, write by write, before the
// panic hook runs, so the buffer grows at each literal piece, number and derived-Debug part.
#[derive(Debug)]
struct Reading {
    sensor: &'static str,
    values: Vec<i32>,
    ok: bool,
}

fn check(r: &Reading, label: &str) {
    if !r.ok {
        panic!("{} failed: {:?} ({} values)", label, r, r.values.len());
    }
}

fn main() {
    let r = Reading { sensor: "north-gate", values: vec![12, -7, 300], ok: false };
    let label = format!("{}#{}", r.sensor, r.values.len());
    println!("checking {}", label);
    check(&r, &label);
    println!("unreachable");
}
