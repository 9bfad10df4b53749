// Building B-trees in bulk and copying them: `collect` sorts a Vec and fills each leaf before it
// opens the next, `clone` copies the tree's shape node by node, `into_iter` frees each node as
// it leaves it, and a set of `String`s keeps its keys in its nodes.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let squares: BTreeMap<u32, u32> = (0..200).rev().map(|i| (i, i * i)).collect();
    println!("collected {} squares, max {:?}", squares.len(), squares.last_key_value());

    let copy = squares.clone();
    println!("clone equal: {}", copy == squares);

    let small: BTreeMap<u8, char> = BTreeMap::from([(3, 'c'), (1, 'a'), (2, 'b')]);
    let small_copy = small.clone();
    println!("{:?}", small_copy);

    let mut names: BTreeSet<String> = BTreeSet::new();
    for i in 0..30 {
        names.insert(format!("name{:02}", (i * 7) % 30));
    }
    println!("{} names, first {:?}", names.len(), names.first());
    let names_copy = names.clone();
    let mut count = 0;
    for name in names_copy {
        if name.ends_with('5') {
            println!("{}", name);
        }
        count += 1;
    }
    println!("consumed {}", count);

    let mut total = 0u64;
    for (k, v) in copy {
        total += (k + v) as u64;
        if k == 120 {
            break;
        }
    }
    println!("total {}", total);

    let from_vec: BTreeSet<u64> = (0..40u64).map(|x| x * 2).collect();
    let mut it = from_vec.into_iter();
    println!("{:?} {:?}", it.next(), it.next_back());
    drop(it);
    println!("end");
}
