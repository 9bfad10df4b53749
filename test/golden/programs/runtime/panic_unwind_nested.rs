struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn level3(n: u32) {
    let _c = Noisy(format!("level3 local (n={})", n));
    if n > 2 {
        panic!("too deep: n = {}", n);
    }
    println!("level3 ok");
}

fn level2(n: u32) {
    let _b1 = Noisy(String::from("level2 first"));
    let _b2 = Noisy(String::from("level2 second"));
    level3(n + 1);
    println!("after level3");
}

fn level1() {
    let v = vec![Noisy(String::from("vec item 0")), Noisy(String::from("vec item 1"))];
    let boxed = Box::new(Noisy(String::from("boxed")));
    level2(1);
    level2(2);
    println!("never printed {} {}", v.len(), boxed.0);
}

fn main() {
    let _m = Noisy(String::from("main local"));
    level1();
}
