// size_of_val and align_of_val of run-time values: the simulator names each value's type (generic
// arguments read from the value itself) and asks the layout engine; a slice or a str measures its
// elements.
use std::collections::VecDeque;
use std::mem::{align_of_val, size_of_val};

#[allow(dead_code)]
struct Node<T> { value: T, next: Option<Box<Node<T>>> }
#[allow(dead_code)]
struct Pair<A, B> { a: A, b: B }
#[allow(dead_code)]
enum Token { Num(i64), Op(char), End }

fn main() {
    let n = Node { value: 7u16, next: None };
    let pair = Pair { a: 1u8, b: 2u64 };
    let t = Token::Op('+');
    println!("Node<u16> {}, Pair<u8, u64> {} align {}, Token {}", size_of_val(&n), size_of_val(&pair), align_of_val(&pair), size_of_val(&t));
    let list = Node { value: 1u16, next: Some(Box::new(n)) };
    println!("list {}", size_of_val(&list));
    let v: Vec<u32> = vec![1, 2, 3];
    let s = String::from("héllo");
    let arr = [1u16, 2, 3, 4, 5];
    let tup = (1u8, 2u32, true);
    println!("Vec {}, String {}, [u16; 5] {}, tuple {}", size_of_val(&v), size_of_val(&s), size_of_val(&arr), size_of_val(&tup));
    println!("slice {}, str {}, &str {}", size_of_val(&v[..2]), size_of_val(s.as_str()), size_of_val(&s.as_str()));
    let o = Some(5u32);
    let b: Box<u64> = Box::new(9);
    let dq: VecDeque<u8> = VecDeque::new();
    println!("Option<u32> {}, Box<u64> {}, *b {}, VecDeque {}", size_of_val(&o), size_of_val(&b), size_of_val(&*b), size_of_val(&dq));
    let c = 'x';
    let f = 2.5f32;
    println!("char {} align {}, f32 {}", size_of_val(&c), align_of_val(&c), size_of_val(&f));
    let _ = (Token::Num(1), Token::End, pair.a, pair.b, list.value);
}
