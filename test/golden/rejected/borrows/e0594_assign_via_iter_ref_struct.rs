struct Item {
    qty: u32,
}

fn main() {
    let items = vec![Item { qty: 1 }];
    for it in items.iter() {
        it.qty = 0;
    }
}
