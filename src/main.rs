use std::process::ExitCode;

use clap::FromArgMatches;

// Loading a large roadmap makes hundreds of thousands of small allocations;
// mimalloc makes them (and freeing them) several times cheaper than glibc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = roadmap::cli::help_lang(&args, |key| std::env::var(key).ok());
    let matches = roadmap::cli::command_for(lang).get_matches_from(args);
    let cli = roadmap::cli::Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    match roadmap::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(roadmap::report_error(&err, &cli)),
    }
}
