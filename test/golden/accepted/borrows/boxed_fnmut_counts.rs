fn main() {
    let mut clicks = 0;
    {
        let mut on_click: Box<dyn FnMut()> = Box::new(|| clicks += 1);
        on_click();
        on_click();
    }
    println!("{}", clicks);
}
