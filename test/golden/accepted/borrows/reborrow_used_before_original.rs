fn main() {
    let mut x = 5;
    let y = &mut x;
    let z = &mut *y;
    *z += 1;
    *y += 1;
    let mut arr = [1, 2, 3];
    let (a, b) = arr.split_at_mut(1);
    a[0] = b[0];
    let p = &mut arr;
    p[2] = 9;
    println!("{} {:?}", x, arr);
}
