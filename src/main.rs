use std::process::ExitCode;

fn main() -> ExitCode {
    // A shell asking for completions (COMPLETE=…) is answered and exits.
    roadmap::complete::answer_the_shell();
    // Help and argument errors in the user's language (see `help`).
    let cli = roadmap::help::parse();
    match roadmap::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(roadmap::report_error(&err, &cli)),
    }
}
