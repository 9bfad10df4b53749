// Trait objects own their concrete values: dropping a Box<dyn Trait> runs the concrete Drop.
trait Speaker {
    fn speak(&self) -> String;
}
struct Dog(&'static str);
struct Robot(u32);
impl Speaker for Dog {
    fn speak(&self) -> String {
        format!("{} barks", self.0)
    }
}
impl Speaker for Robot {
    fn speak(&self) -> String {
        format!("robot {} beeps", self.0)
    }
}
impl Drop for Dog {
    fn drop(&mut self) {
        println!("drop dog {}", self.0);
    }
}
impl Drop for Robot {
    fn drop(&mut self) {
        println!("drop robot {}", self.0);
    }
}
fn loudest(list: &[Box<dyn Speaker>]) -> String {
    list.iter().map(|s| s.speak()).max_by_key(|s| s.len()).unwrap_or_default()
}
fn make(i: u32) -> Box<dyn Speaker> {
    if i % 2 == 0 { Box::new(Dog("rex")) } else { Box::new(Robot(i)) }
}
fn main() {
    let mut list: Vec<Box<dyn Speaker>> = Vec::new();
    for i in 0..3 {
        list.push(make(i));
    }
    println!("{}", loudest(&list));
    let first = list.remove(0);
    println!("removed: {}", first.speak());
    drop(first);
    let single: Box<dyn Speaker> = Box::new(Robot(99));
    println!("{}", single.speak());
    println!("end of main");
}
