// Capacities that follow from size hints and conversions: str splitters promise no lower bound,
// char_indices a quarter of the bytes, by_ref().take(n) an exact length; partition into Vec<i32>
// copies the items; `?` turns a &str error into a new String; unwrap_or_default drops the error;
// collecting into Result/Option grows the Vec item by item and drops it at the first error.
fn first_word(s: &str) -> Result<String, String> {
    let w = s.split(' ').next().filter(|w| !w.is_empty()).ok_or("empty input")?;
    Ok(w.to_string())
}

fn main() {
    let text = "one two three four five six seven eight nine ten";
    let words: Vec<&str> = text.split(' ').collect();
    let ws: Vec<&str> = text.split_whitespace().collect();
    let lines: Vec<&str> = "a\nbb\nccc".lines().collect();
    let idx: Vec<(usize, char)> = "héllo wörld".char_indices().collect();
    let nums = vec![5, 1, 4, 2, 3, 9, 8];
    let mut it = nums.iter();
    let firsts: Vec<&i32> = it.by_ref().take(3).collect();
    let (small, large): (Vec<i32>, Vec<i32>) = nums.iter().partition(|&&x| x < 4);
    let memo: Vec<Option<u64>> = vec![None; 10];
    println!("{} {} {} {} {:?} {:?} {:?} {}", words.len(), ws.len(), lines.len(), idx.len(), firsts, small, large, memo.len());
    println!("{:?} {:?}", first_word("hello world"), first_word(""));
    let r: Result<u8, String> = Err("bad".to_string());
    println!("{}", r.clone().unwrap_or_default());
    // Collecting into Result/Option builds the Vec as items come and drops it at the first error.
    let parsed: Result<Vec<String>, String> = ["1", "2", "3", "x", "5"].iter().map(|s| if *s == "x" { Err(s.repeat(2)) } else { Ok(s.repeat(3)) }).collect();
    let all: Option<Vec<String>> = ["a", "b"].iter().map(|s| Some(s.to_string())).collect();
    println!("{:?} {:?}", parsed, all);
}
