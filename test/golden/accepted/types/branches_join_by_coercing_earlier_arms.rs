fn pick(flag: bool, owned: &String, v: &Vec<i32>, arr: &[i32; 2]) {
    let a = if flag { owned } else { "lit" };
    let b = match flag { true => owned, false => owned };
    let c = match flag { true => v, false => &[1, 2][..] };
    let d = if flag { arr } else { &[3, 4] };
    let mut boxed = String::from("x");
    let e = if flag { &mut boxed } else { owned };
    println!("{} {} {:?} {:?} {}", a, b, c, d, e);
}

fn main() {
    pick(true, &String::from("s"), &vec![1], &[1, 2]);
}
