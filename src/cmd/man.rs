//! `roadmap man`: the man page (roff), generated from the command-line
//! definition.

use crate::render::Printer;

use crate::error::Result;
use crate::lang::Lang;

/// The page in `lang`: with `--lang ja` (or a Japanese locale) every
/// description is the Japanese help; roff's section names stay English.
pub fn run(lang: Lang, p: &mut Printer<'_>) -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(crate::help::command(lang)).render(&mut page)?;
    p.document(&String::from_utf8_lossy(&page))
}
