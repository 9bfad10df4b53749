// Method calls decide the mode: `&mut self` borrows mutably, `self` on a non-Copy value moves.
fn size<T>(name: &str, value: &T) {
    println!("{name} {}", std::mem::size_of_val(value));
}

struct Counter {
    hits: Vec<u32>,
    label: String,
}

fn main() {
    let mut v = vec![1, 2, 3];
    let mut push = || v.push(4);
    size("push", &push);
    push();
    let len = || v.len();
    size("len", &len);
    println!("{}", len());
    let s = String::from("abc");
    let consume = || s.into_bytes();
    size("consume", &consume);
    println!("{:?}", consume());
    let mut c = Counter { hits: Vec::new(), label: String::from("c") };
    let mut record = |x: u32| c.hits.push(x);
    size("record", &record);
    record(7);
    let show = || println!("{} {:?}", c.label, c.hits);
    size("show", &show);
    show();
    let first = || v[0];
    size("first", &first);
    println!("{}", first());
    let mut arr = [1u16, 2, 3];
    let mut set = || arr[1] = 9;
    size("set", &set);
    set();
    println!("{:?}", arr);
}
