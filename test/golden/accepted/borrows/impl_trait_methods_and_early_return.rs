struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn big(&self, limit: i32) -> impl Iterator<Item = &i32> + '_ {
        self.items.iter().filter(move |x| **x > limit)
    }
}

fn above<'a>(v: &'a [i32], t: &'a i32) -> impl Iterator<Item = &'a i32> + 'a {
    v.iter().filter(move |x| *x > t)
}

fn pick(step: i32) -> impl Fn(i32) -> i32 {
    let f = move |x| x + step;
    if step > 10 {
        return f;
    }
    f
}

fn main() {
    let bag = Bag { items: vec![1, 5, 9] };
    let t = 4;
    let v = [3, 6];
    println!("{} {} {}", bag.big(2).count(), above(&v, &t).count(), pick(1)(3));
}
