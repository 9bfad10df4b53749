fn first_big(v: &mut Vec<i32>) -> &mut i32 {
    for x in v.iter_mut() {
        if *x > 10 {
            return x;
        }
    }
    v.push(11);
    v.last_mut().unwrap()
}

fn main() {
    let mut v = vec![1];
    *first_big(&mut v) += 1;
    println!("{:?}", v);
}
