// iter() borrows, iter_mut() borrows mutably, into_iter() moves the elements out.
#[derive(Debug)]
struct D(u32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop D({})", self.0);
    }
}
fn main() {
    let mut v = vec![D(1), D(2), D(3)];
    for d in v.iter() {
        println!("borrowed {:?}", d);
    }
    for d in v.iter_mut() {
        d.0 *= 10;
    }
    println!("{:?}", v);
    for d in v {
        if d.0 == 20 {
            println!("breaking at {:?}", d);
            break;
        }
        println!("owned {:?}", d);
    }
    println!("after loop");
    let w = vec![D(7), D(8)];
    let kept: Vec<D> = w.into_iter().filter(|d| d.0 > 7).collect();
    println!("kept {:?}", kept);
}
