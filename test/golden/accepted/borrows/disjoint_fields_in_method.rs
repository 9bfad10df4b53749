struct World {
    names: Vec<String>,
    log: Vec<String>,
}

impl World {
    fn copy_names(&mut self) {
        for n in &self.names {
            self.log.push(n.clone());
        }
    }
}

fn main() {
    let mut w = World { names: vec![String::from("a")], log: vec![] };
    w.copy_names();
    println!("{:?}", w.log);
}
