struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(name: &'static str) -> D {
    D(name)
}

fn explode(_a: &D, _b: &D) -> i32 {
    let _inner = D("explode local");
    let v: Vec<i32> = Vec::new();
    v[0]
}

fn main() {
    let _a = D("a");
    let b = D("b");
    let moved = b;
    let _c = D("c");
    let n = explode(&make("temp1"), &make("temp2"));
    println!("{} {}", n, moved.0);
}
