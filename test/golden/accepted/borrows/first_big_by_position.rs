fn first_big(v: &mut Vec<i32>) -> &mut i32 {
    match v.iter().position(|x| *x > 10) {
        Some(i) => &mut v[i],
        None => {
            v.push(11);
            v.last_mut().unwrap()
        }
    }
}

fn main() {
    let mut v = vec![1];
    *first_big(&mut v) += 1;
    println!("{:?}", v);
}
