fn main() {
    let data = vec![1, 5, 8, 12];
    let mut threshold = 4;
    let big: Vec<&i32> = data.iter().filter(|x| **x > threshold).collect();
    threshold += 10;
    println!("{:?} {}", big, threshold);
}
