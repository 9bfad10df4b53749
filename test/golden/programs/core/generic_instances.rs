// Generic functions run at several instantiations: each call's frame and bindings are its instance's
// (`zeroed::<i32>` and `zeroed::<String>`, a generic body calling another with its own parameter,
// a closure in a generic body).
use std::fmt::Debug;
fn zeroed<T: Default + Debug>() -> T {
    T::default()
}
fn outer<T: Default + Debug>() -> T {
    zeroed::<T>()
}
fn biggest<T: PartialOrd>(items: Vec<T>) -> Option<T> {
    let mut best: Option<T> = None;
    for x in items {
        best = match best {
            Some(b) if b >= x => Some(b),
            _ => Some(x),
        };
    }
    best
}
fn twin<T: Copy + Debug>(x: T) -> (T, T) {
    let f = |y: T| {
        let pair = (y, y);
        pair
    };
    f(x)
}
fn main() {
    let z: i32 = zeroed();
    let s: String = zeroed();
    let o: u64 = outer();
    println!("{} {:?} {} {:?} {:?} {:?}", z, s, o, biggest(vec![3u8, 9]), biggest(vec!['a', 'z']), twin(7u16));
}
