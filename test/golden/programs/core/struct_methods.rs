// Methods with self, &self and &mut self; associated functions; tuple and unit structs.
#[derive(Debug, Clone, PartialEq)]
struct Rect {
    w: u32,
    h: u32,
}
impl Rect {
    fn new(w: u32, h: u32) -> Self {
        Self { w, h }
    }
    fn square(size: u32) -> Rect {
        Rect::new(size, size)
    }
    fn area(&self) -> u32 {
        self.w * self.h
    }
    fn grow(&mut self, by: u32) {
        self.w += by;
        self.h += by;
    }
    fn into_tuple(self) -> (u32, u32) {
        (self.w, self.h)
    }
    fn can_hold(&self, other: &Rect) -> bool {
        self.w > other.w && self.h > other.h
    }
}
struct Meters(f64);
struct Marker;
impl Marker {
    fn name(&self) -> &'static str {
        "marker"
    }
}
fn main() {
    let mut r = Rect::new(3, 4);
    println!("{:?} area {}", r, r.area());
    r.grow(2);
    println!("{:?} area {}", r, r.area());
    let s = Rect::square(2);
    println!("{} {}", r.can_hold(&s), s.can_hold(&r));
    let rr = &r;
    println!("via ref {}", rr.area());
    let boxed = Box::new(r.clone());
    println!("via box {}", boxed.area());
    println!("{:?}", r.into_tuple());
    let m = Meters(2.5);
    println!("{} m", m.0);
    println!("{}", Marker.name());
    println!("{}", Rect::new(1, 1) == Rect::square(1));
}
