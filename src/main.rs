use std::process::ExitCode;

// The system allocator for small runs, mimalloc for large ones (see
// `allocator`).
#[global_allocator]
static ALLOCATOR: roadmap::allocator::Allocator = roadmap::allocator::Allocator::new();

fn main() -> ExitCode {
    // Help and argument errors in the user's language (see `help`).
    let cli = roadmap::help::parse();
    match roadmap::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(roadmap::report_error(&err, &cli)),
    }
}
