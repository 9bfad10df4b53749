// size_of/align_of of the program's own types: rustc reorders repr(Rust) fields by alignment,
// keeps declaration order under repr(C), picks the smallest tag, and puts an enum's tag into a
// niche of its data when it can. The simulator reads all of it from the layout engine.
use std::mem::{align_of, size_of};

#[allow(dead_code)]
struct Reordered { a: u8, b: u64, c: u16, d: u8 }
#[allow(dead_code)]
#[repr(C)]
struct InOrder { a: u8, b: u64, c: u16, d: u8 }
#[allow(dead_code)]
struct Tuple3(u8, u32, u8);
struct Unit;
#[allow(dead_code)]
struct Wrapper<T> { value: T, tag: u8 }

#[allow(dead_code)]
enum Shape { Circle(f64), Rect { w: u32, h: u32 }, Empty }
#[allow(dead_code)]
enum Message { Quit, Move { x: i32, y: i32 }, Write(String), Color(u8, u8, u8) }
#[allow(dead_code)]
enum Small { A, B, C }
#[allow(dead_code)]
#[repr(u16)]
enum Wide { A = 1, B = 500 }
#[allow(dead_code)]
enum Big { A = 0, B = 70000 }
#[allow(dead_code)]
enum List { Cons(i32, Box<List>), Nil }
#[allow(dead_code)]
enum Never {}
#[allow(dead_code)]
enum OneVariant { Only(u32) }
#[allow(dead_code)]
enum BoolLike { Yes(bool), No }

type Grid = [[u8; 3]; 4];
const N: usize = 5;

fn main() {
    let a = size_of::<Reordered>();
    let b = align_of::<Reordered>();
    let c = size_of::<InOrder>();
    let d = align_of::<InOrder>();
    let e = size_of::<Tuple3>();
    let f = size_of::<Unit>();
    println!("Reordered {a} align {b}, InOrder {c} align {d}, Tuple3 {e}, Unit {f}");
    let a = size_of::<Wrapper<u64>>();
    let b = size_of::<Wrapper<u8>>();
    let c = size_of::<Wrapper<String>>();
    let d = size_of::<Option<Wrapper<bool>>>();
    println!("Wrapper<u64> {a}, Wrapper<u8> {b}, Wrapper<String> {c}, Option<Wrapper<bool>> {d}");
    let a = size_of::<Shape>();
    let b = align_of::<Shape>();
    let c = size_of::<Option<Shape>>();
    let d = size_of::<Message>();
    let e = size_of::<Option<Message>>();
    println!("Shape {a} align {b}, Option<Shape> {c}, Message {d}, Option<Message> {e}");
    let a = size_of::<Small>();
    let b = size_of::<Option<Small>>();
    let c = size_of::<Wide>();
    let d = size_of::<Big>();
    let e = size_of::<List>();
    let f = size_of::<Never>();
    let g = size_of::<OneVariant>();
    let h = size_of::<BoolLike>();
    let i = size_of::<Option<BoolLike>>();
    println!("Small {a}, Option<Small> {b}, Wide {c}, Big {d}, List {e}, Never {f}, OneVariant {g}, BoolLike {h}, Option<BoolLike> {i}");
    let a = size_of::<(u8, u32, u16)>();
    let b = size_of::<(u8,)>();
    let c = size_of::<()>();
    let d = size_of::<[u16; 7]>();
    let e = size_of::<Grid>();
    let f = size_of::<[u64; N]>();
    let g = size_of::<[Option<u8>; 3]>();
    let h = align_of::<(u8, u128)>();
    println!("(u8, u32, u16) {a}, (u8,) {b}, () {c}, [u16; 7] {d}, Grid {e}, [u64; N] {f}, [Option<u8>; 3] {g}, align (u8, u128) {h}");
    let a = size_of::<Box<List>>();
    let b = size_of::<Option<Box<List>>>();
    let c = size_of::<&Shape>();
    let d = size_of::<Vec<Shape>>();
    println!("Box<List> {a}, Option<Box<List>> {b}, &Shape {c}, Vec<Shape> {d}");
    let _ = (Unit, Small::A, Wide::A as u16, Big::B as u32, Shape::Empty);
}
