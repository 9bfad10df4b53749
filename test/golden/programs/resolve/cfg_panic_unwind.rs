// Conditional compilation as rustc builds this file: debug build, panic=unwind, x86_64 Linux.
#[cfg(panic = "unwind")]
fn strategy() -> &'static str {
    "unwind"
}

#[cfg(panic = "abort")]
fn strategy() -> &'static str {
    "abort"
}

#[cfg(all(unix, target_pointer_width = "64", not(test)))]
fn platform() -> &'static str {
    "64-bit unix"
}

#[cfg(not(all(unix, target_pointer_width = "64", not(test))))]
fn platform() -> &'static str {
    "something else"
}

fn main() {
    println!("panic strategy: {}", strategy());
    println!("platform: {}", platform());
    println!("debug assertions: {}", cfg!(debug_assertions));
    if cfg!(target_os = "linux") {
        println!("linux");
    }
}
