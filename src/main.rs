use std::process::ExitCode;

use clap::Parser;

// Loading a large roadmap makes hundreds of thousands of small allocations;
// mimalloc makes them (and freeing them) several times cheaper than glibc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = roadmap::cli::Cli::parse();
    match roadmap::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(roadmap::report_error(&err, &cli)),
    }
}
