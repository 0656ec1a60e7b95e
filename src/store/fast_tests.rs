//! The fast reader gives what serde_json gives, or gives up.

use chrono::{DateTime, Utc};
use proptest::prelude::*;

use super::*;
use crate::progress::{Evidence, Note, Session};
use crate::store::format::{STORE_VERSION, encode};
use crate::store::scan::Reader;

/// What serde_json alone makes of `text`, as the store reads it.
pub(super) fn serde_reads(text: &str) -> Option<UserData> {
    serde_json::from_str::<UserData>(text)
        .ok()
        .filter(|data| data.version == STORE_VERSION)
}

/// The property: whatever the fast reader gives, serde_json gives too;
/// and it gives the same however the input is cut into pieces.
pub(super) fn agrees(text: &str) -> Option<UserData> {
    let fast = read(text.as_bytes(), STORE_VERSION);
    if let Some(fast) = &fast {
        assert_eq!(Some(fast), serde_reads(text).as_ref(), "{text}");
    }
    for chunk in [1, 7, 64] {
        let pieces = read_from(Reader::with_chunk(text.as_bytes(), chunk), STORE_VERSION);
        assert_eq!(pieces, fast, "in pieces of {chunk}: {text}");
    }
    fast
}

fn text_of(data: &UserData) -> String {
    let mut bytes = Vec::new();
    encode(&mut bytes, data).unwrap();
    String::from_utf8(bytes).unwrap()
}

fn piece() -> impl Strategy<Value = String> {
    let pieces = vec![
        "a",
        "b",
        "step-1",
        "\"",
        "\\",
        "\n",
        "\t",
        "é",
        "日本",
        "\u{1F600}",
        "\u{7f}",
        "/",
        " ",
    ];
    prop::collection::vec(prop::sample::select(pieces), 0..4).prop_map(|p| p.concat())
}

fn date() -> impl Strategy<Value = DateTime<Utc>> {
    let nanos = prop_oneof![3 => Just(0u32), 1 => 0u32..1_000_000_000];
    (631_152_000i64..7_573_651_200, nanos)
        .prop_map(|(seconds, nanos)| DateTime::from_timestamp(seconds, nanos).unwrap())
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(vec![
        Status::Todo,
        Status::InProgress,
        Status::Done,
        Status::Skipped,
    ])
}

fn extra() -> impl Strategy<Value = (Option<u64>, Option<String>)> {
    (
        prop::option::of(prop_oneof![0u64..3, Just(u64::MAX)]),
        prop::option::of(piece()),
    )
}

fn event() -> impl Strategy<Value = Event> {
    (
        date(),
        piece(),
        status(),
        status(),
        prop::option::of(piece()),
        extra(),
    )
        .prop_map(|(at, step, from, to, note, (batch, device))| Event {
            at,
            step,
            from,
            to,
            note,
            batch,
            device,
        })
}

fn record() -> impl Strategy<Value = StepRecord> {
    let note = (date(), piece(), extra()).prop_map(|(at, text, (batch, device))| Note {
        at,
        text,
        batch,
        device,
    });
    let session = (date(), 1u32..100, prop::option::of(piece()), extra()).prop_map(
        |(at, minutes, note, (batch, device))| Session {
            at,
            minutes,
            note,
            batch,
            device,
        },
    );
    let evidence = (date(), piece(), extra()).prop_map(|(at, url, (batch, device))| Evidence {
        at,
        url,
        batch,
        device,
    });
    let few = |n| 0..n;
    (
        status(),
        prop::collection::vec(note, few(2)),
        prop::collection::vec(session, few(2)),
        prop::collection::vec(evidence, few(2)),
    )
        .prop_map(|(status, notes, sessions, evidence)| StepRecord {
            status,
            notes,
            sessions,
            evidence,
        })
}

fn progress() -> impl Strategy<Value = Progress> {
    let tick = (date(), 1u32..5, any::<bool>(), extra()).prop_map(
        |(at, item, ticked, (batch, device))| Tick {
            at,
            item,
            ticked,
            batch,
            device,
        },
    );
    let tombstone = (piece(), 0u64..5).prop_map(|(device, batch)| Tombstone { device, batch });
    (
        prop::collection::btree_map(piece(), record(), 0..5),
        prop::collection::vec(event(), 0..5),
        prop::collection::btree_map(piece(), prop::collection::vec(tick, 0..2), 0..2),
        prop::option::of(piece()),
        prop::collection::vec(tombstone, 0..2),
    )
        .prop_map(|(steps, history, ticks, stack, undone)| Progress {
            steps,
            history,
            ticks,
            stack,
            undone,
        })
}

fn user_data() -> impl Strategy<Value = UserData> {
    let goal =
        prop::option::of((1u32..10_000).prop_map(|minutes_per_week| Goal { minutes_per_week }));
    (prop::collection::btree_map(piece(), progress(), 0..3), goal).prop_map(|(roadmaps, goal)| {
        UserData {
            version: STORE_VERSION,
            roadmaps,
            goal,
        }
    })
}

/// The same document written another way: other whitespace, keys in
/// another order, characters escaped as `\uXXXX`, driven by `seed`.
fn scrambled(value: &serde_json::Value, seed: &mut u64, out: &mut String) {
    use serde_json::Value;
    fn roll(seed: &mut u64, n: u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed % n
    }
    let space = ["", "", " ", "\n    ", "\t", "\r\n"][roll(seed, 6) as usize];
    out.push_str(space);
    match value {
        Value::String(text) => {
            out.push('"');
            for c in text.chars() {
                if roll(seed, 16) == 0 {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                } else {
                    let quoted = serde_json::to_string(&c.to_string()).unwrap();
                    out.push_str(&quoted[1..quoted.len() - 1]);
                }
            }
            out.push('"');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                scrambled(item, seed, out);
            }
            out.push_str(if roll(seed, 2) == 0 { "]" } else { " ]" });
        }
        Value::Object(members) => {
            let mut members: Vec<_> = members.iter().collect();
            if roll(seed, 3) == 0 {
                members.reverse();
            }
            out.push('{');
            for (i, (key, item)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                scrambled(&Value::String(key.clone()), seed, out);
                out.push(':');
                scrambled(item, seed, out);
            }
            out.push_str(if roll(seed, 2) == 0 { "}" } else { "\n}" });
        }
        other => out.push_str(&other.to_string()),
    }
}

/// Small edits of a file: what a hand edit, a bad merge or a truncated
/// copy might leave.
fn edit() -> impl Strategy<Value = (prop::sample::Index, usize, &'static str)> {
    let inserts = vec![
        "",
        ",",
        "}",
        "]",
        "{",
        "[",
        "\"",
        "\\",
        ":",
        " ",
        "\n",
        "null",
        "0",
        "01",
        "-1",
        "1.5",
        "1e2",
        "\"x\"",
        "\"status\": \"done\"",
        "\"batch\": 1",
        "\"at\": \"2025-01-06T09:00:00Z\"",
        "\u{0}",
        "\\u0041",
        "\"note\": null",
        "\"version\": 3,",
        "\"goal\": null,",
    ];
    (
        any::<prop::sample::Index>(),
        0usize..4,
        prop::sample::select(inserts),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn what_roadmap_writes_is_read_fast_and_as_serde_json_reads_it(data in user_data()) {
        let text = text_of(&data);
        prop_assert_eq!(agrees(&text), Some(data));
    }

    #[test]
    fn the_same_data_written_otherwise_is_read_as_serde_json_reads_it(
        data in user_data(),
        mut seed in 1u64..,
    ) {
        let mut text = String::new();
        scrambled(&serde_json::to_value(&data).unwrap(), &mut seed, &mut text);
        prop_assert_eq!(serde_reads(&text), Some(data));
        agrees(&text);
    }

    #[test]
    fn an_edited_file_is_read_as_serde_json_reads_it_or_left_to_it(
        data in user_data(),
        edits in prop::collection::vec(edit(), 1..3),
    ) {
        let mut text = text_of(&data);
        for (at, remove, insert) in edits {
            let mut at = at.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + remove).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            text.replace_range(at..end, insert);
        }
        agrees(&text);
    }
}
