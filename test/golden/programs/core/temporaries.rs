// Temporaries drop at the end of their statement; a `let` extends a borrowed temporary;
// match scrutinee temporaries live to the end of the match; block tail temporaries outlive locals.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl D {
    fn len(&self) -> usize {
        self.0.len()
    }
}
fn make(s: &'static str) -> D {
    D(s)
}
fn main() {
    println!("len {}", make("stmt-temp").len());
    let r = &make("extended");
    println!("r = {}", r.0);
    match make("scrutinee").len() {
        n => println!("in match arm, n = {}", n),
    }
    let n = {
        let _local = D("block-local");
        make("tail-temp").len()
    };
    println!("n = {}", n);
    if make("if-cond").len() > 3 {
        println!("in if body");
    }
    println!("end of main");
}
