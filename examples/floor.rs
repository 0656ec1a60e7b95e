//! The floor for start-up benchmarks: a trivial Rust binary that prints a
//! line, built with the same release profile as `roadmap`.

fn main() {
    println!("hello");
}
