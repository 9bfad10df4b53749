// What a generic parameter stands for comes from the call's instance, never from the values passed:
// `T` only in the result, only inside `Vec<T>`, in an empty collection, the impl's parameter in a
// method, the caller's parameter in a nested call, a closure or `T::f` run inside another generic call, and
// a generic fn taken as a value; and the buffers std allocates for `Vec<T>` in a generic body.
use std::fmt::Debug;
use std::mem::size_of;

trait Named {
    fn name() -> String;
}
struct Dog;
struct Owl;
impl Named for Dog {
    fn name() -> String { String::from("dog") }
}
impl Named for Owl {
    fn name() -> String { String::from("owl") }
}
impl Named for u8 {
    fn name() -> String { String::from("byte") }
}

fn make<T: Default>() -> T {
    T::default()
}

fn elem_bytes<T>(v: &Vec<T>) -> usize {
    size_of::<T>() * v.len()
}

fn slot_size<T>(_first: Option<T>) -> usize {
    size_of::<T>()
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Default + Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push_default(&mut self) {
        self.items.push(T::default());
    }
    fn item_size(&self) -> usize {
        size_of::<T>()
    }
}

fn inner<T: Default + Debug>() -> String {
    format!("{:?}/{}", T::default(), size_of::<T>())
}

fn outer<T: Default + Debug>() -> String {
    let here = inner::<T>();
    let pair = inner::<(T, u8)>();
    format!("{} {}", here, pair)
}

fn run<T: Default + Debug, F: Fn() -> String>(f: F) -> String {
    format!("{:?} {}", T::default(), f())
}

fn label<T: Named>() -> String {
    run::<u16, _>(|| T::name())
}

fn label_by_path<T: Named>() -> String {
    run::<u8, _>(T::name)
}

fn fill<T: Default + Clone>(n: usize) -> Vec<T> {
    (0..n).map(|_| T::default()).collect()
}

fn buffer<T: Default>(n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.push(T::default());
    v
}

fn listed<T: Default + Clone>() -> Vec<T> {
    let one: T = Default::default();
    vec![one.clone(), one]
}

fn widen(x: u16) -> u32 {
    x as u32
}

fn main() {
    let later = make();
    let sum = widen(later) + 7;
    let text: String = make();
    println!("{} {} {:?} {}", later, sum, text, make::<Vec<u8>>().len());

    let bytes = vec![1u8, 2, 3];
    let wide: Vec<u64> = Vec::new();
    let words = vec![String::from("a")];
    println!("{} {} {}", elem_bytes(&bytes), elem_bytes(&wide), elem_bytes(&words));
    println!("{} {} {}", slot_size(Some(1u16)), slot_size::<Vec<u8>>(None), slot_size(None::<(u8, u32)>));

    let mut s: Stack<u32> = Stack::new();
    s.push_default();
    s.push_default();
    let t: Stack<String> = Stack::new();
    println!("{:?} {} {}", s.items, s.item_size(), t.item_size());

    println!("{}", outer::<u32>());
    println!("{}", outer::<bool>());
    println!("{} | {} | {}", label::<Dog>(), label::<Owl>(), label::<u8>());
    println!("{} | {}", label_by_path::<Dog>(), label_by_path::<Owl>());

    let zeros: Vec<u64> = fill(3);
    let blanks = fill::<String>(2);
    println!("{:?} {:?}", zeros, blanks);

    let small: Vec<u8> = buffer(10);
    let big = buffer::<u64>(3);
    let names = listed::<String>();
    println!("{} {} {} {:?}", small.capacity(), big.capacity(), names.len(), listed::<u16>());

    let pick = make::<u64>;
    let named = label::<Owl>;
    println!("{} {}", pick(), named());
}
