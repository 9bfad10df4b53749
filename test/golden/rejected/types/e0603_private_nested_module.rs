mod outer {
    mod inner {
        pub fn run() {}
    }
}

fn main() {
    outer::inner::run();
}
