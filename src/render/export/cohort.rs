//! `roadmap export --all-users --format html`: the mentor table as one
//! self-contained page. No file, font or script from elsewhere: a small
//! inline script sorts the table when a heading is clicked, and without
//! it the table stays in its first order (whoever needs attention first).
//! Below 600 px each learner becomes a card, headings a row of sort
//! buttons. Every piece of learner or roadmap text is escaped.

use std::fmt::Write;

use chrono::{DateTime, Utc};

use super::escape::escape;
use crate::i18n::ux::hours;
use crate::i18n::{MentorMsg, Msg};
use crate::lang::Lang;
use crate::progress::Status;
use crate::render::users::{RowFigures, UserRow, UsersReport};
use crate::render::{local_date, local_time, round1};

/// Whether a column sorts as numbers or as text.
#[derive(Clone, Copy)]
enum Kind {
    Num,
    Text,
}

pub fn render(report: &UsersReport, lang: Lang, now: DateTime<Utc>) -> String {
    let m = |msg: MentorMsg| escape(&msg.text(lang));
    let t = |msg: Msg| escape(&msg.text(lang));
    let title = format!(
        "{} — {}",
        m(MentorMsg::PageTitle),
        escape(&report.roadmap_title)
    );
    let mut html = String::with_capacity(4096 + report.users.len() * 900);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n\
         <header>\n<h1>{title}</h1>\n<p class=\"made\">{} {}</p>\n</header>\n",
        lang.code(),
        m(MentorMsg::PageGenerated {
            at: local_time(now)
        }),
        m(MentorMsg::PageSortHint),
    );
    let columns = [
        ("#", Kind::Num),
        (&*t(Msg::ColUser), Kind::Text),
        ("%", Kind::Num),
        (&*m(MentorMsg::ColStep), Kind::Text),
        (&*m(MentorMsg::ColWeek), Kind::Num),
        (&*m(MentorMsg::ColFourWeeks), Kind::Num),
        (&*m(MentorMsg::ColGoal), Kind::Num),
        (&*m(MentorMsg::ColIdle), Kind::Num),
        (&*m(MentorMsg::ColVerified), Kind::Num),
        (&*m(MentorMsg::ColJobs), Kind::Num),
        (&*t(Msg::ColLastActivity), Kind::Text),
    ]
    .map(|(name, kind)| (name.to_string(), kind));
    html.push_str("<table id=\"cohort\">\n<thead><tr>");
    for (name, kind) in &columns {
        let kind = match kind {
            Kind::Num => "num",
            Kind::Text => "text",
        };
        let _ = write!(
            html,
            "<th data-kind=\"{kind}\"><button type=\"button\">{name}</button></th>"
        );
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (rank, row) in report.users.iter().enumerate() {
        row_html(&mut html, rank + 1, row, &columns, lang);
    }
    html.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        html,
        "<p class=\"legend\">{}</p>",
        m(MentorMsg::Legend {
            stalled_days: report.stalled_days
        })
    );
    let _ = write!(html, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    html
}

fn row_html(html: &mut String, rank: usize, row: &UserRow, columns: &[(String, Kind)], lang: Lang) {
    let user = escape(&row.user);
    let Some(f) = &row.figures else {
        let error = escape(row.error.as_deref().unwrap_or_default());
        let _ = writeln!(
            html,
            "<tr class=\"unreadable\"><td data-label=\"#\" data-v=\"{rank}\">{rank}</td>\
             <td data-label=\"{}\" data-v=\"{user}\">{user}</td>\
             <td class=\"error\" colspan=\"{}\" data-v=\"\">{error}</td></tr>",
            columns[1].0,
            columns.len() - 2,
        );
        return;
    };
    let class = if f.stalled { " class=\"stalled\"" } else { "" };
    let _ = write!(html, "<tr{class}>");
    let cells = cells(rank, &user, f, lang);
    for ((label, _), (value, shown)) in columns.iter().zip(cells) {
        let _ = write!(
            html,
            "<td data-label=\"{label}\" data-v=\"{}\"><span>{shown}</span></td>",
            escape(&value)
        );
    }
    html.push_str("</tr>\n");
}

/// Each cell's sort value and its HTML (escaped).
fn cells(rank: usize, user: &str, f: &RowFigures, lang: Lang) -> Vec<(String, String)> {
    let m = |msg: MentorMsg| escape(&msg.text(lang));
    let h = |minutes: u64| hours(round1(minutes as f64 / 60.0), lang);
    let step = match &f.step_in_hand {
        Some(step) => {
            let mark = if step.status == Status::InProgress {
                "▶ "
            } else {
                ""
            };
            (
                format!("{} {}", step.number, step.title),
                format!(
                    "{mark}<span class=\"num\">{}</span> {}",
                    escape(&step.number),
                    escape(&step.title)
                ),
            )
        }
        None => ("~".into(), escape(&Msg::Status(Status::Done).text(lang))),
    };
    let goal = match f.goal_met {
        Some(true) => ("1".into(), "<span class=\"met\">✓</span>".into()),
        Some(false) => ("0".into(), "<span class=\"missed\">✗</span>".into()),
        None => ("-1".into(), "—".into()),
    };
    let idle = match f.days_idle {
        None => ("100000".into(), m(MentorMsg::NotStarted)),
        Some(days) if f.stalled => (
            days.to_string(),
            format!(
                "<span class=\"flag\">{}</span> {}",
                m(MentorMsg::PageStalled),
                m(MentorMsg::DaysShort(days))
            ),
        ),
        Some(days) => (days.to_string(), m(MentorMsg::DaysShort(days))),
    };
    let percent = f.overall.percent;
    vec![
        (rank.to_string(), rank.to_string()),
        (user.to_string(), format!("<strong>{user}</strong>")),
        (
            percent.to_string(),
            format!(
                "<span class=\"bar\"><span style=\"width:{percent}%\"></span></span> {}%",
                f.overall.whole_percent
            ),
        ),
        step,
        (f.week_minutes.to_string(), escape(&h(f.week_minutes))),
        (
            f.four_weeks_minutes.to_string(),
            escape(&h(f.four_weeks_minutes)),
        ),
        goal,
        idle,
        (
            format!("{}.{:06}", f.verified, f.done),
            format!("{} / {}", f.verified, f.done),
        ),
        (
            format!("{}.{:06}", f.applications.sent, f.applications.offers),
            escape(&f.applications.short().replace('/', " / ")),
        ),
        match f.last_activity {
            Some(at) => (at.to_rfc3339(), escape(&local_date(at))),
            None => (String::new(), "—".into()),
        },
    ]
}

const CSS: &str = "\
:root { --ink: #1d232b; --faint: #5b6673; --line: #d9dee4; --warn: #b3261e; --good: #1e7a3c; --accent: #2f6fb2; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 16px; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', sans-serif; }
h1 { font-size: 1.4em; margin: 0 0 4px; overflow-wrap: anywhere; }
.made, .legend { color: var(--faint); font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
td:nth-child(1), td:nth-child(3), td:nth-child(5), td:nth-child(6), td:nth-child(8), td:nth-child(9), td:nth-child(10) { white-space: nowrap; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; white-space: nowrap; }
th[aria-sort=ascending] button::after { content: ' ▲'; }
th[aria-sort=descending] button::after { content: ' ▼'; }
.bar { display: inline-block; width: 60px; height: 8px; background: var(--line); border-radius: 4px; vertical-align: middle; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--good); }
.num { color: var(--faint); }
.met { color: var(--good); font-weight: 700; }
.missed { color: var(--warn); font-weight: 700; }
.flag { color: #fff; background: var(--warn); border-radius: 4px; padding: 0 6px; font-size: 0.85em; }
tr.stalled td { background: #fdf1f0; }
.error { color: var(--warn); overflow-wrap: anywhere; }
@media (max-width: 600px) {
  body { padding: 12px; }
  thead tr { display: flex; flex-wrap: wrap; gap: 4px 12px; border-bottom: 1px solid var(--line); padding-bottom: 8px; }
  th { border: 0; padding: 0; }
  table, tbody, tr, td { display: block; width: 100%; }
  tbody tr { border: 1px solid var(--line); border-radius: 8px; margin: 10px 0; padding: 6px 10px; }
  tbody tr.stalled { background: #fdf1f0; border-color: #f0c4c0; }
  tr.stalled td { background: none; }
  td { border: 0; padding: 2px 0; display: flex; gap: 12px; white-space: normal !important; }
  td::before { content: attr(data-label); color: var(--faint); min-width: 7.5em; flex-shrink: 0; }
  td.error::before { content: none; }
}
@media print { th button { color: var(--ink); } }
";

const SCRIPT: &str = "\
(function () {
  var table = document.getElementById('cohort');
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, column) {
    th.querySelector('button').addEventListener('click', function () {
      var up = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var numeric = th.getAttribute('data-kind') === 'num';
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var value = function (row) {
        var cell = row.cells[column];
        var v = cell ? cell.getAttribute('data-v') : '';
        return numeric ? (v === '' || v === null ? Infinity : parseFloat(v)) : (v || '');
      };
      rows.sort(function (a, b) {
        var x = value(a), y = value(b);
        var order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : String(x).localeCompare(String(y));
        return up ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
";
