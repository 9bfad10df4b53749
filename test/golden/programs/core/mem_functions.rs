// std::mem::replace, take, swap, forget and drop.
use std::mem;
#[derive(Debug)]
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let mut a = D("a");
    let old = mem::replace(&mut a, D("a2"));
    println!("replaced {:?} with {:?}", old, a);
    let mut v = vec![1, 2, 3];
    let taken = mem::take(&mut v);
    println!("{:?} {:?} {}", taken, v, v.capacity());
    let mut s = String::from("s");
    let t = mem::take(&mut s);
    println!("{:?} {:?}", t, s);
    let mut x = D("x");
    let mut y = D("y");
    mem::swap(&mut x, &mut y);
    println!("x={:?} y={:?}", x, y);
    let f = D("forgotten");
    mem::forget(f);
    let mut opt = Some(D("opt"));
    let inner = opt.take();
    println!("{:?} {:?}", inner, opt);
    drop(old);
    println!("size_of u8={} u32={} u64={} char={} bool={}", mem::size_of::<u8>(), mem::size_of::<u32>(), mem::size_of::<u64>(), mem::size_of::<char>(), mem::size_of::<bool>());
    println!("String={} Vec={} Box={} &str={} Option<Box>={}", mem::size_of::<String>(), mem::size_of::<Vec<i32>>(), mem::size_of::<Box<i32>>(), mem::size_of::<&str>(), mem::size_of::<Option<Box<i32>>>());
    println!("(u8,u32)={} [u16;3]={} Option<u32>={}", mem::size_of::<(u8, u32)>(), mem::size_of::<[u16; 3]>(), mem::size_of::<Option<u32>>());
    println!("end of main");
}
