use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = roadmap::cli::Cli::parse();
    match roadmap::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(roadmap::report_error(&err)),
    }
}
