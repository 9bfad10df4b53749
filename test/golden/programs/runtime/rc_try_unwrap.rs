use std::rc::Rc;

#[derive(Debug)]
struct Token(u32);

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop Token({})", self.0);
    }
}

fn main() {
    let a = Rc::new(Token(1));
    let b = Rc::clone(&a);
    let a = match Rc::try_unwrap(a) {
        Ok(t) => {
            println!("unwrapped {:?}", t);
            return;
        }
        Err(rc) => {
            println!("still shared, strong={}", Rc::strong_count(&rc));
            rc
        }
    };
    drop(b);
    match Rc::try_unwrap(a) {
        Ok(t) => println!("unwrapped {:?}", t),
        Err(_) => println!("still shared"),
    }
    let x = Rc::new(Token(2));
    let y = Rc::clone(&x);
    println!("into_inner(x): {:?}", Rc::into_inner(x));
    println!("into_inner(y): {:?}", Rc::into_inner(y));
    println!("end");
}
