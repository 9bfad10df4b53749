use std::collections::HashMap;
use std::ops::Index;

struct Grid {
    cells: Vec<u8>,
}

impl Index<usize> for Grid {
    type Output = u8;
    fn index(&self, i: usize) -> &u8 {
        &self.cells[i]
    }
}

struct Unit;

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let g = Grid { cells: vec![4, 5, 6] };
    let mut m = HashMap::new();
    m.insert("k", 9);
    let s = String::from("hello");
    let arr = [1, 2, 3];
    let r = &arr;
    println!("{} {} {} {} {}", g[1], m["k"], &s[1..3], r[2], arr[0]);
    let add = |a: i32, b: i32| a + b;
    let f: fn(i32) -> i32 = double;
    let boxed: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + 1);
    let by_ref = &add;
    let _u = Unit;
    println!("{} {} {} {}", add(1, 2), f(3), boxed(4), by_ref(5, 6));
}
