// Standard functions and methods that borrow: mem::take/replace, Option::take, Rc::clone, iterators.
use std::mem;
use std::rc::Rc;

fn main() {
    let mut s = String::from("s");
    let old = mem::take(&mut s);
    let older = mem::replace(&mut s, String::from("new"));
    println!("{} {} {}", s, old, older);
    let mut slot = Some(String::from("slot"));
    if let Some(v) = slot.take() {
        println!("{}", v);
    }
    println!("{:?}", slot);
    let a = Rc::new(vec![1, 2]);
    let b = Rc::clone(&a);
    let c = a.clone();
    println!("{:?} {:?} {:?} {}", a, b, c, Rc::strong_count(&a));
    let v = vec![String::from("x"), String::from("y")];
    let lens: Vec<usize> = v.iter().map(|x| x.len()).collect();
    let joined = v.join(",");
    let upper: Vec<String> = v.into_iter().map(|x| x.to_uppercase()).collect();
    println!("{:?} {} {:?}", lens, joined, upper);
}
