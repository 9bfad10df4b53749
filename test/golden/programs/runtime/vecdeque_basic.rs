use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    q.push_back(3);
    println!("{:?} len={}", q, q.len());
    println!("front={:?} back={:?}", q.front(), q.back());
    println!("pop_front={:?} pop_back={:?}", q.pop_front(), q.pop_back());
    println!("q[1]={}", q[1]);
    q[0] = 10;
    for x in q.iter_mut() {
        *x += 1;
    }
    println!("{:?}", q);
    println!("contains 3: {}", q.contains(&3));
    let v: Vec<i32> = q.iter().rev().cloned().collect();
    println!("reversed {:?}", v);
    let mut d: VecDeque<_> = (1..=4).collect();
    d.rotate_left(1);
    println!("rotated {:?}", d);
    while let Some(x) = d.pop_front() {
        print!("{} ", x);
    }
    println!("| empty={}", d.is_empty());
    let from_vec = VecDeque::from(vec!["a", "b"]);
    println!("{:?}", from_vec);
}
