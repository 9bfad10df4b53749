#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

struct Cleanup(Vec<&'static str>);

impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup of {} items", self.0.len());
    }
}

fn validate(p: &Point) {
    if p.x < 0 {
        panic!("invalid point {:?}: x must be >= {}", p, 0);
    }
}

fn main() {
    let _c = Cleanup(vec!["a", "b"]);
    let pts = vec![Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    for p in &pts {
        validate(p);
        println!("ok: ({}, {})", p.x, p.y);
    }
}
