use std::process::ExitCode;

// Loading a large roadmap makes hundreds of thousands of small allocations;
// mimalloc makes them (and freeing them) several times cheaper than glibc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Help and argument errors in the user's language (see `help`).
    let cli = roadmap::help::parse();
    match roadmap::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(roadmap::report_error(&err, &cli)),
    }
}
