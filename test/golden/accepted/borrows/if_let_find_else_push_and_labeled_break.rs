fn main() {
    let mut v = vec![1, 2, 3];
    if let Some(x) = v.iter_mut().find(|x| **x == 2) {
        *x = 20;
    } else {
        v.push(2);
    }
    while let Some(&top) = v.last() {
        if top > 5 { v.pop(); } else { break; }
    }
    let mut cache: Option<Vec<i32>> = None;
    let c = cache.get_or_insert_with(Vec::new);
    c.push(1);
    let found = 'outer: loop {
        for x in v.iter() {
            if *x == 1 { break 'outer Some(*x); }
        }
        break None;
    };
    v.push(found.unwrap_or(0));
    println!("{:?} {:?}", v, cache);
}
