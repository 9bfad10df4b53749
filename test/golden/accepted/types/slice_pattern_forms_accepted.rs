fn main() {
    let v = vec![1, 2, 3];
    let [a, b] = [10, 20];
    let [first, .., last] = [1, 2, 3, 4];
    let [..] = v.as_slice();
    let [whole @ ..] = v.as_slice();
    if let [x, ..] = v.as_slice() {
        println!("{x}");
    }
    let [head, rest @ ..] = &v[..] else {
        return;
    };
    for [p, q] in [[1, 2], [3, 4]] {
        println!("{p} {q}");
    }
    match v.as_slice() {
        [] => println!("empty"),
        [one] => println!("{one}"),
        [_, tail @ ..] => println!("{tail:?}"),
    }
    println!("{a} {b} {first} {last} {whole:?} {head} {rest:?}");
}
