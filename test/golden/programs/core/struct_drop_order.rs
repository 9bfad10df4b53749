// Locals drop in reverse declaration order at the end of their scope; fields after their owner.
struct Noisy {
    name: &'static str,
}
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}
struct Pair {
    first: Noisy,
    second: Noisy,
}
impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop Pair");
    }
}
fn main() {
    let _a = Noisy { name: "a" };
    let _b = Noisy { name: "b" };
    {
        let _inner = Noisy { name: "inner" };
        println!("end of inner block");
    }
    let _p = Pair { first: Noisy { name: "first" }, second: Noisy { name: "second" } };
    let _t = (Noisy { name: "t0" }, Noisy { name: "t1" });
    let _arr = [Noisy { name: "arr0" }, Noisy { name: "arr1" }];
    println!("end of main");
}
