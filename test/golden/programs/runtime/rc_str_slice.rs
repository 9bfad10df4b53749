use std::rc::Rc;

fn main() {
    let s: Rc<str> = Rc::from("hello");
    let t = Rc::clone(&s);
    println!("{} len={} strong={}", t, t.len(), Rc::strong_count(&s));
    println!("{:?}", s);
    let owned = String::from("world");
    let u: Rc<str> = Rc::from(owned);
    println!("{} upper={}", u, u.to_uppercase());

    let nums: Rc<[i32]> = Rc::from(vec![3, 1, 2]);
    let other = nums.clone();
    println!("{:?} len={} first={}", other, other.len(), other[0]);
    let total: i32 = nums.iter().sum();
    println!("sum={} strong={}", total, Rc::strong_count(&nums));
    let arr: Rc<[u8]> = Rc::new([9u8, 8, 7]);
    println!("{:?} {}", arr, arr.contains(&8));
}
