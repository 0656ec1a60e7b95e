//! The skill sheet as one self-contained page: no scripts, fonts or other
//! files; A4 when printed (`@page`), one column on a phone.

use std::fmt::Write;

use super::super::escape::escape;
use super::{Section, Sheet, W};
use crate::progress::check_url;

pub fn render(sheet: &Sheet) -> String {
    let title = match sheet.user.as_str() {
        "" => sheet.t(W::Title),
        user => format!("{} — {user}", sheet.t(W::Title)),
    };
    let mut html = String::with_capacity(16 * 1024);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n",
        sheet.lang.code(),
        escape(&title)
    );
    let _ = writeln!(
        html,
        "<header><h1>{}</h1><p class=\"who\">{}</p></header>",
        escape(&sheet.t(W::Title)),
        escape(&sheet.user)
    );
    let blank = |html: &mut String, hint: W| {
        let _ = writeln!(
            html,
            "<div class=\"blank\"><b>✍ {}</b><span>{}</span></div>",
            escape(&sheet.t(W::Blank)),
            escape(&sheet.t(hint))
        );
    };
    for section in sheet.sections() {
        match section {
            Section::Summary => {
                let _ = writeln!(html, "<section>\n<h2>{}</h2>", escape(&sheet.t(W::Summary)));
                let text = (sheet.summary.clone()).unwrap_or_else(|| sheet.t(W::NoRecordYet));
                let _ = writeln!(html, "<p>{}</p>", escape(&text));
                blank(&mut html, W::SummaryBlank);
            }
            Section::Skills => {
                let _ = writeln!(html, "<section>\n<h2>{}</h2>", escape(&sheet.t(W::Skills)));
                if sheet.skills.is_empty() {
                    let _ = writeln!(html, "<p>{}</p>", escape(&sheet.t(W::NoSkillYet)));
                } else {
                    skills_table(&mut html, sheet);
                }
                blank(&mut html, W::ExperienceBlank);
            }
            Section::Projects => {
                let _ = writeln!(
                    html,
                    "<section>\n<h2>{}</h2>",
                    escape(&sheet.t(W::Projects))
                );
                for p in &sheet.projects {
                    let _ = writeln!(
                        html,
                        "<article><h3>{}</h3><p class=\"meta\">{} · {}</p><ul>",
                        escape(&p.title),
                        escape(&p.status),
                        escape(&p.period)
                    );
                    for link in &p.links {
                        let shown = escape(link);
                        if check_url(link).is_ok() {
                            let _ = writeln!(html, "<li><a href=\"{shown}\">{shown}</a></li>");
                        } else {
                            let _ = writeln!(html, "<li>{shown}</li>");
                        }
                    }
                    for line in p.proofs.iter().chain(&p.notes) {
                        let _ = writeln!(html, "<li>{}</li>", escape(line));
                    }
                    let _ = writeln!(html, "</ul></article>");
                }
                blank(&mut html, W::ProjectsBlank);
            }
            Section::Learning => {
                let _ = writeln!(
                    html,
                    "<section>\n<h2>{}</h2>\n<dl>",
                    escape(&sheet.t(W::Learning))
                );
                for (label, value) in &sheet.learning {
                    let _ = writeln!(html, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
                }
                let _ = writeln!(html, "</dl>");
            }
            Section::Certifications => {
                let title = escape(&sheet.t(W::Certifications));
                let _ = writeln!(html, "<section>\n<h2>{title}</h2>");
                blank(&mut html, W::CertificationsBlank);
            }
            Section::SelfPr => {
                let _ = writeln!(html, "<section>\n<h2>{}</h2>", escape(&sheet.t(W::SelfPr)));
                blank(&mut html, W::SelfPrBlank);
            }
        }
        let _ = writeln!(html, "</section>");
    }
    let _ = write!(
        html,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        escape(&sheet.footer)
    );
    html
}

fn skills_table(html: &mut String, sheet: &Sheet) {
    let basis = sheet.with_basis();
    let basis_head = if basis {
        format!("<th>{}</th>", escape(&sheet.t(W::ColBasis)))
    } else {
        String::new()
    };
    let _ = writeln!(
        html,
        "<table>\n<thead><tr><th>{}</th><th class=\"n\">{}</th><th>{}</th><th>{}</th>{basis_head}</tr></thead>\n<tbody>",
        escape(&sheet.t(W::ColSkill)),
        escape(&sheet.t(W::ColHours)),
        escape(&sheet.t(W::ColPeriod)),
        escape(&sheet.t(W::ColSteps))
    );
    for row in &sheet.skills {
        let steps: Vec<String> = row.steps.iter().map(|s| escape(s)).collect();
        let class = if row.verified { "ok" } else { "self" };
        let basis_cell = if basis {
            format!(
                "<td><span class=\"{class}\">{}</span></td>",
                escape(&sheet.basis(row.verified))
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            html,
            "<tr><td class=\"skill\">{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"steps\">{}</td>{basis_cell}</tr>",
            escape(&row.name),
            escape(&row.hours),
            escape(&row.period),
            steps.join("<br>")
        );
    }
    let _ = writeln!(html, "</tbody>\n</table>");
}

const CSS: &str = "\
@page{size:A4;margin:16mm 14mm}\n\
*{box-sizing:border-box}\n\
body{margin:0;background:#f4f5f7;color:#1d2430;font:15px/1.6 system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans CJK JP','Yu Gothic',sans-serif}\n\
main{max-width:860px;margin:0 auto;padding:28px 24px;background:#fff}\n\
header{border-bottom:3px solid #1d2430;margin-bottom:8px;display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:4px 16px}\n\
h1{font-size:26px;margin:0 0 6px}\n\
.who{margin:0;color:#4a5568;font-size:16px}\n\
h2{font-size:18px;margin:22px 0 8px;padding:2px 0 2px 10px;border-left:5px solid #2b6cb0;background:#eef3fa}\n\
h3{font-size:15px;margin:10px 0 2px}\n\
section{break-inside:auto}\n\
article{break-inside:avoid;margin-bottom:8px}\n\
.meta{margin:0;color:#4a5568;font-size:13px}\n\
ul{margin:4px 0 8px;padding-left:20px}\n\
li{overflow-wrap:anywhere}\n\
a{color:#2b6cb0}\n\
table{width:100%;border-collapse:collapse;font-size:13.5px}\n\
th,td{border:1px solid #cbd2dc;padding:5px 7px;text-align:left;vertical-align:top}\n\
th{background:#eef1f5;white-space:nowrap}\n\
td.n,th.n{text-align:right;white-space:nowrap}\n\
td:nth-child(3){white-space:nowrap}\n\
td.skill{font-weight:600}\n\
td.steps{font-size:12.5px;color:#2d3748}\n\
.ok{color:#22543d;background:#c6f6d5;border-radius:4px;padding:0 5px;white-space:nowrap}\n\
.self{color:#4a5568;background:#edf2f7;border-radius:4px;padding:0 5px;white-space:nowrap}\n\
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0;break-inside:avoid}\n\
dt{color:#4a5568}dd{margin:0}\n\
.blank{border:2px dashed #d69e2e;background:#fffbeb;border-radius:6px;padding:8px 10px;margin:8px 0;min-height:64px}\n\
.blank b{display:block;color:#975a16;font-size:13px}\n\
.blank span{color:#7b6a3a;font-size:13px}\n\
footer{margin-top:24px;padding-top:8px;border-top:1px solid #cbd2dc;color:#4a5568;font-size:12px}\n\
@media (max-width:600px){main{padding:16px 12px}h1{font-size:22px}\n\
table,thead,tbody,tr,td{display:block;width:100%}thead{display:none}\n\
tr{border:1px solid #cbd2dc;border-radius:6px;margin-bottom:8px;padding:4px 0}\n\
td{border:none;padding:2px 10px}td.n{text-align:left}\n\
td:nth-child(2),td:nth-child(3){display:inline-block;width:auto;color:#4a5568}}\n\
@media print{body{background:#fff;font-size:12px}main{max-width:none;padding:0}\n\
h2{break-after:avoid}tr{break-inside:avoid}a{color:inherit;text-decoration:none}}\n";
