fn main() {
    let mut data = vec![0; 3];
    let mut last: Option<&mut i32> = None;
    for i in 0..3 {
        let slot = &mut data[i];
        if let Some(prev) = last {
            *prev += 1;
        }
        last = Some(slot);
        data.push(1);
    }
}
