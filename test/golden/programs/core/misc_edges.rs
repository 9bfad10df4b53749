// Assorted edges: usize arithmetic, env::args count, `?` and `return` inside closures,
// char predicates as functions, string matching with as_str.
fn parse_all(items: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
    items.iter().map(|s| s.parse::<i32>()).collect()
}
fn main() {
    println!("{}", std::env::args().count());
    let v: Vec<usize> = vec![3, 1, 2];
    let idx = v.len() - 1;
    println!("{} {}", idx, v[idx]);
    let find = |target: usize| -> Option<usize> {
        for (i, &x) in v.iter().enumerate() {
            if x == target {
                return Some(i);
            }
        }
        None
    };
    println!("{:?} {:?}", find(1), find(7));
    let sum_parsed = |xs: &[&str]| -> Result<i32, std::num::ParseIntError> {
        let mut t = 0;
        for x in xs {
            t += x.parse::<i32>()?;
        }
        Ok(t)
    };
    println!("{:?} {}", sum_parsed(&["1", "2"]), sum_parsed(&["1", "z"]).is_err());
    println!("{:?}", parse_all(&["4", "5"]));
    let text = "a1 b2, c3!";
    let alnum: String = text.chars().filter(|c| char::is_alphanumeric(*c)).collect();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    println!("{} {}", alnum, digits);
    for cmd in ["go", "stop", "jump"] {
        let s = cmd.to_string();
        let r = match s.as_str() {
            "go" => 1,
            "stop" => 2,
            _ => 0,
        };
        print!("{} ", r);
    }
    println!();
    let mut opt = Some(5);
    if let Some(x) = opt.as_mut() {
        *x += 10;
    }
    println!("{:?}", opt);
    let words = vec!["apple", "bob", "kayak"];
    let palins: Vec<&&str> = words.iter().filter(|w| w.chars().rev().collect::<String>() == **w).collect();
    println!("{:?}", palins);
}
