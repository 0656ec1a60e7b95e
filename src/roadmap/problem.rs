//! What can be wrong with a roadmap file, as data: where (a [`Location`])
//! and what (a [`ProblemKind`]), with the names found in the file. The
//! words are in the catalogue (`crate::i18n::problems`), in English for the
//! JSON output and in the interface language for people.

/// An error stops the roadmap from being followed; a warning does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a roadmap, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    /// Boxed: a problem is returned as an error, and is rarely made.
    pub location: Box<Location>,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn error(location: Location, kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Error,
            location: Box::new(location),
            kind,
        }
    }

    pub fn warning(location: Location, kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Warning,
            location: Box::new(location),
            kind,
        }
    }
}

/// A place in a roadmap file, and optionally a part of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub place: Place,
    pub part: Option<Part>,
}

impl Location {
    pub fn at(place: Place) -> Location {
        Location { place, part: None }
    }

    /// A field of this place (`requires`, `checklist`).
    pub fn field(self, field: &str) -> Location {
        Location {
            part: Some(Part::Field(field.to_string())),
            ..self
        }
    }

    /// A member of this place, named as the file names it
    /// (`resources[0]`, `i18n.ja`).
    pub fn member(self, member: String) -> Location {
        Location {
            part: Some(Part::Member(member)),
            ..self
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// The file as a whole (its size).
    File,
    /// A line and column of the text (a syntax error).
    Position {
        line: usize,
        column: usize,
    },
    Roadmap,
    /// A stage by its id, its index in `stages`, or both.
    Stage {
        id: Option<String>,
        index: Option<usize>,
    },
    /// A step by its id, its index in `steps`, or both.
    Step {
        id: Option<String>,
        index: Option<usize>,
    },
    /// A path in the document as the parser gives it (`a.b[1]`).
    Path(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Field(String),
    Member(String),
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// What serde_json says of the text, as it says it.
    Syntax(String),
    EndsEarly,
    TooBig {
        size: usize,
        limit: usize,
    },
    MissingField(&'static str),
    EmptyField(&'static str),
    DuplicateStageId {
        first: usize,
    },
    DuplicateStepId {
        first: usize,
    },
    /// The ids of a cycle, in order; the first closes it.
    Cycle(Vec<String>),
    AliasTaken {
        alias: String,
        other: usize,
    },
    NumberShaped(String),
    IdHasWhitespace,
    UnknownStage(String),
    RequiresItself,
    UnknownPrerequisite(String),
    /// A step names a skill the roadmap does not define.
    UnknownSkill(String),
    /// Two skills with one id.
    DuplicateSkill(String),
    BadEstimate {
        max: f64,
    },
    ChecklistItemEmpty {
        item: usize,
    },
    ChecklistTooLong {
        items: usize,
        max: usize,
    },
    /// The file's `format` is newer than this build knows.
    NewerFormat {
        found: u32,
        known: u32,
    },
    /// Check number `check` (from 1) of the step is wrong.
    BadCheck {
        check: usize,
        problem: super::check_problem::CheckProblem,
    },
    // Warnings.
    NoSteps,
    EmptyStage,
    Unconnected,
    NotHttps {
        url: String,
    },
    AlsoRequired(String),
    SingleAlternative,
    BadResourceLang {
        url: String,
        lang: String,
    },
    EmptyStackName {
        url: String,
    },
    ControlCharacter {
        field: String,
        character: char,
    },
    UnknownField {
        field: String,
        meant: Option<String>,
    },
    /// An unknown field the parser could not name.
    UnknownFieldUnnamed,
}
