struct Pair {
    left: Vec<i32>,
    right: Vec<i32>,
}

fn main() {
    let mut p = Pair { left: vec![1], right: vec![2] };
    let l = &mut p.left;
    let r = &mut p.right;
    l.push(3);
    r.push(4);
    println!("{:?} {:?}", p.left, p.right);
}
