//! Which columns of the mentor table fit the terminal, and cells cut or
//! padded to their column's width.

use super::{Col, Layout, StepMode, UsersReport, natural};
use crate::render::{Printer, wrap::width};

/// The narrowest a shortened step title or user name gets.
pub(super) const MIN_STEP: usize = 14;
pub(super) const MIN_USER: usize = 6;
/// What a long user name is cut to first.
pub(super) const SHORT_USER: usize = 12;

/// The columns that fit `p.width()`: every column on a wide terminal or a
/// pipe, then, while too wide, fewer and shorter ones.
pub(super) fn layout(p: &Printer<'_>, report: &UsersReport) -> Layout {
    let mut cols = vec![Col::User, Col::Bar, Col::Percent, Col::Step];
    cols.extend([
        Col::Week,
        Col::FourWeeks,
        Col::Goal,
        Col::Idle,
        Col::Verified,
        Col::Jobs,
    ]);
    cols.extend((0..report.stages.len()).map(Col::Stage));
    cols.push(Col::Last);
    let mut layout = Layout {
        cols,
        step: StepMode::Titled,
        step_cap: usize::MAX,
        user_cap: usize::MAX,
        widest: Default::default(),
    };
    let Some(max) = p.width() else {
        return layout;
    };
    let total = |layout: &Layout| -> usize {
        let cols = &layout.cols;
        let sum: usize = cols.iter().map(|&c| natural(p, report, layout, c)).sum();
        sum + 2 * cols.len().saturating_sub(1)
    };
    // What the step or user column may take once the others are laid out.
    let room = |layout: &Layout, col: Col| -> usize {
        let others = total(layout) - natural(p, report, layout, col);
        max.saturating_sub(others)
    };
    let drop = |layout: &mut Layout, gone: fn(&Col) -> bool| layout.cols.retain(|c| !gone(c));
    let drops: [fn(&Col) -> bool; 4] = [
        |c| *c == Col::Last,
        |c| matches!(c, Col::Stage(_)),
        |c| *c == Col::Bar,
        |c| *c == Col::Jobs,
    ];
    for gone in drops {
        if total(&layout) <= max {
            return layout;
        }
        drop(&mut layout, gone);
    }
    // A long name is cut before any figure goes.
    layout.user_cap = SHORT_USER;
    for gone in [Col::FourWeeks, Col::Verified, Col::Goal] {
        if total(&layout) <= max {
            return layout;
        }
        let step_room = room(&layout, Col::Step);
        if layout.step == StepMode::Titled && step_room >= MIN_STEP {
            layout.step_cap = step_room;
            if total(&layout) <= max {
                return layout;
            }
            // The heading is wider than the room left.
            layout.step_cap = usize::MAX;
        }
        if gone == Col::Verified {
            // Before losing another figure, the title goes.
            layout.step = StepMode::Number;
            layout.step_cap = usize::MAX;
            if total(&layout) <= max {
                return layout;
            }
            let user_room = room(&layout, Col::User);
            if user_room >= MIN_USER {
                layout.user_cap = user_room;
                if total(&layout) <= max {
                    return layout;
                }
            }
            layout.user_cap = MIN_USER;
        }
        layout.cols.retain(|c| *c != gone);
    }
    layout
}

/// `text` cut to `max` columns with an ellipsis when longer.
pub(super) fn fit(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for ch in text.chars() {
        if width(&out) + width(&ch.to_string()) + 1 > max {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}

pub(super) fn pad(text: &str, w: usize, right: bool) -> String {
    let fill = " ".repeat(w.saturating_sub(width(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}
