fn main() {
    let mut counter = {
        let mut hits = 0;
        move || { hits += 1; hits }
    };
    counter();
    let mut broken = {
        let mut misses = 0;
        || { misses += 1; misses }
    };
    broken();
}
