fn main() {
    let mut clicks = 0;
    let on_click: Box<dyn Fn()> = Box::new(|| clicks += 1);
    on_click();
}
