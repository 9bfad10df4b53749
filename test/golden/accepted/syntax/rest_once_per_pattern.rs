struct Rgba(u8, u8, u8, u8);

fn main() {
    let c = Rgba(10, 20, 30, 255);
    let Rgba(red, .., alpha) = c;
    let days = [1, 2, 3, 4, 5, 6, 7];
    let [first, rest @ ..] = days;
    let (.., last) = (1, 2, 3);
    match days {
        [.., sixth, _] => println!("{red} {alpha} {first} {} {last} {sixth}", rest.len()),
    }
}
