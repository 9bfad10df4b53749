use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    let c = Rc::new(5);
    println!("a == c by value: {}", a == c);
    println!("ptr_eq(a, b): {}", Rc::ptr_eq(&a, &b));
    println!("ptr_eq(a, c): {}", Rc::ptr_eq(&a, &c));
    let list = vec![Rc::clone(&a), Rc::clone(&c), Rc::clone(&a)];
    let same = list.iter().filter(|r| Rc::ptr_eq(r, &a)).count();
    println!("entries sharing a: {}", same);
    println!("strong a={} c={}", Rc::strong_count(&a), Rc::strong_count(&c));
    drop(list);
    println!("strong a={} c={}", Rc::strong_count(&a), Rc::strong_count(&c));
    println!("sum = {}", *a + *c);
}
