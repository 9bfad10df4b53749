struct Log(&'static str);

impl Drop for Log {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn find(items: &[i32], target: i32) -> Option<usize> {
    items.iter().position(|&x| x == target)
}

fn lookup(items: &[i32], target: i32) -> usize {
    let _l = Log("lookup");
    find(items, target).unwrap()
}

fn main() {
    let _l = Log("main");
    let items = [4, 8, 15];
    println!("8 at {}", lookup(&items, 8));
    println!("16 at {}", lookup(&items, 16));
}
