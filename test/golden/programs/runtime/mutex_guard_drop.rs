use std::sync::Mutex;

struct Entry(&'static str);

impl Drop for Entry {
    fn drop(&mut self) {
        println!("drop entry {}", self.0);
    }
}

fn main() {
    let m = Mutex::new(vec![Entry("a")]);
    {
        let mut g = m.lock().unwrap();
        g.push(Entry("b"));
        println!("try_lock while held: is_err={}", m.try_lock().is_err());
        println!("len while held = {}", g.len());
    }
    println!("try_lock after guard dropped: is_ok={}", m.try_lock().is_ok());
    let g = m.lock().unwrap();
    println!("first = {}", g[0].0);
    drop(g);
    m.lock().unwrap().remove(0);
    println!("removed first");
    println!("{:?}", m.lock().unwrap().len());
    let mut m = m;
    m.get_mut().unwrap().push(Entry("c"));
    let v = m.into_inner().unwrap();
    println!("into_inner len = {}", v.len());
}
