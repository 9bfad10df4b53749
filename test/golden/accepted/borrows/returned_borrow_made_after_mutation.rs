fn first_or_push(v: &mut Vec<i32>) -> &mut i32 {
    if v.is_empty() {
        v.push(0);
    }
    v.last_mut().unwrap()
}

fn bump(v: &mut Vec<i32>) -> &i32 {
    let n = v.len();
    v.push(n as i32);
    &v[0]
}

fn main() {
    let mut v = Vec::new();
    *first_or_push(&mut v) += 5;
    let mut sum = 0;
    for x in v.iter_mut() {
        *x += 1;
        sum += *x;
    }
    v.push(sum);
    let mut it = v.iter();
    let first = it.next().copied();
    v.push(7);
    let b = *bump(&mut v);
    println!("{} {:?} {:?}", b, first, v);
}
