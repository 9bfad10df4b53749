// Option and Result combinators and the `?` operator.
fn parse_pair(s: &str) -> Result<(i32, i32), String> {
    let mut parts = s.split(',');
    let a = parts.next().ok_or("missing first")?.trim().parse::<i32>().map_err(|e| e.to_string())?;
    let b = parts.next().ok_or("missing second")?.trim().parse::<i32>().map_err(|e| e.to_string())?;
    Ok((a, b))
}
fn first_even(v: &[i32]) -> Option<i32> {
    let x = v.iter().find(|x| *x % 2 == 0)?;
    Some(*x * 10)
}
fn main() {
    println!("{:?}", parse_pair("3, 4"));
    println!("{:?}", parse_pair("3"));
    println!("{:?}", parse_pair("3, x"));
    println!("{:?} {:?}", first_even(&[1, 3, 4]), first_even(&[1, 3]));
    let a: Option<i32> = Some(5);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.map(|x| x * 2), b.map(|x| x * 2));
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(-1));
    println!("{:?} {:?}", a.and_then(|x| if x > 3 { Some(x) } else { None }), a.filter(|x| *x > 10));
    println!("{:?} {:?}", a.ok_or("none"), b.ok_or("none"));
    println!("{} {}", a.is_some(), b.is_none());
    let r: Result<i32, String> = Err("bad".to_string());
    println!("{:?} {}", r.as_ref().map(|x| x + 1), r.clone().unwrap_or_default());
    println!("{:?}", r.ok());
    let mut opt = Some(String::from("taken"));
    let t = opt.take();
    println!("{:?} {:?}", t, opt);
    let words = ["1", "2", "x", "4"];
    let nums: Vec<i32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    println!("{:?}", nums);
    let all: Result<Vec<i32>, _> = words.iter().map(|w| w.parse::<i32>()).collect();
    println!("{:?}", all);
    if let Some(x) = a {
        println!("got {}", x);
    }
    let Some(y) = a else { return; };
    println!("let-else {}", y);
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
}
