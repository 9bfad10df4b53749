#[derive(PartialEq, PartialOrd, Debug)]
struct Score(u32);

fn main() {
    let mut scores = vec![Score(3), Score(7)];
    let best = Score(5);
    for s in scores.iter_mut() {
        if *s < best {
            s.0 += 10;
        }
    }
    let first = &scores[0];
    let same = *first == scores[1] || first > &best;
    scores.push(Score(1));
    println!("{} {:?}", same, scores);
}
