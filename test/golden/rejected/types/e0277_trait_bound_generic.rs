trait Speak {
    fn speak(&self) -> String;
}

struct Rock;

fn announce<T: Speak>(thing: &T) {
    println!("{}", thing.speak());
}

fn main() {
    announce(&Rock);
}
