//! Counts on the command line (`-n`), and why one is refused.

/// A count of 1 or more (`-n 0` would show nothing and mislead).
pub(super) fn at_least_one(text: &str) -> Result<usize, CountError> {
    match text.parse::<usize>() {
        Ok(0) => Err(CountError::Zero),
        Ok(count) => Ok(count),
        Err(_) => Err(CountError::NotANumber),
    }
}

/// Why a count was refused; `help` words it in Japanese too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountError {
    Zero,
    NotANumber,
}

impl CountError {
    pub fn japanese(self) -> &'static str {
        match self {
            CountError::Zero => "1 以上を指定してください",
            CountError::NotANumber => "0 以上の整数を指定してください",
        }
    }
}

impl std::fmt::Display for CountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CountError::Zero => "the count must be at least 1",
            CountError::NotANumber => "invalid digit found in string",
        })
    }
}

impl std::error::Error for CountError {}
