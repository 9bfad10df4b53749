use std::rc::Rc;

struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.0);
    }
}

struct Owner {
    name: &'static str,
    engine: Rc<Part>,
    wheel: Rc<Part>,
}

impl Drop for Owner {
    fn drop(&mut self) {
        println!("drop owner {} (engine strong={})", self.name, Rc::strong_count(&self.engine));
    }
}

fn build(engine: &Rc<Part>, name: &'static str) -> Owner {
    Owner { name, engine: Rc::clone(engine), wheel: Rc::new(Part(name)) }
}

fn main() {
    let engine = Rc::new(Part("engine"));
    let car = build(&engine, "car");
    let bike = build(&engine, "bike");
    println!("engine strong = {}", Rc::strong_count(&engine));
    drop(engine);
    println!("dropped main's engine handle");
    drop(car);
    println!("dropped car; bike wheel = {}", bike.wheel.0);
}
