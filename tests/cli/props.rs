//! Property tests of the pure core through the library crate: no input
//! makes the loader, the validator, the graph logic or the store reader
//! panic, and on random valid roadmaps the answers keep their promises.
//!
//! Case counts are fixed (see `CASES`) so the suite's size is known.

use std::collections::HashSet;
use std::path::{Component, Path};

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

use roadmap::progress::{Status, is_available, next_steps, stage_stats, total_stats, unlocked_by};
use roadmap::roadmap::{Roadmap, find_cycles, looks_like_a_step_number};
use roadmap::store::{Store, UserName};

/// Cases per property; 10 properties make 2,880 generated inputs a run.
const CASES: u32 = 288;

mod duplicates;
mod strategies;

use duplicates::with_duplicate;
use strategies::{json_value, roadmap_like};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Whether following `requires` can never come back to where it started.
fn is_acyclic(requires: &[Vec<usize>]) -> bool {
    let n = requires.len();
    let mut unmet: Vec<usize> = requires.iter().map(Vec::len).collect();
    let mut dependents = vec![Vec::new(); n];
    for (step, prerequisites) in requires.iter().enumerate() {
        for &p in prerequisites {
            dependents[p].push(step);
        }
    }
    let mut ready: Vec<usize> = (0..n).filter(|&i| unmet[i] == 0).collect();
    let mut seen = 0;
    while let Some(step) = ready.pop() {
        seen += 1;
        for &d in &dependents[step] {
            unmet[d] -= 1;
            if unmet[d] == 0 {
                ready.push(d);
            }
        }
    }
    seen == n
}

/// The checks every compiled roadmap passes.
fn assert_well_formed(roadmap: &Roadmap) {
    let n = roadmap.steps.len();
    // Both kinds of prerequisite together form no cycle.
    let requires: Vec<Vec<usize>> = roadmap
        .steps
        .iter()
        .map(|s| s.requires().chain(s.requires_any()).collect())
        .collect();
    assert!(requires.iter().flatten().all(|&p| p < n));
    assert!(is_acyclic(&requires), "a compiled roadmap has no cycle");
    let mut order: Vec<usize> = roadmap.reading_order().collect();
    order.sort_unstable();
    assert_eq!(
        order,
        (0..n).collect::<Vec<_>>(),
        "reading order is a permutation"
    );
    for (i, step) in roadmap.steps.iter().enumerate() {
        for name in step.aliases.iter().chain([&step.id]).map(|n| n.as_str()) {
            assert!(!looks_like_a_step_number(name), "{name} takes a number");
        }
        assert!(step.stage() < roadmap.stages.len());
        assert_eq!(roadmap.index_of(&step.id), Some(i));
        assert!(roadmap.resolve(&step.id).is_ok());
        assert!(roadmap.resolve(&roadmap.number(i)).is_ok());
    }
}

/// A random valid DAG roadmap: steps labelled 0..n, each requiring some
/// lower labels, written to the file in a shuffled order across stages,
/// with a random status for each step.
fn valid_dag() -> impl Strategy<Value = (Roadmap, Vec<Status>)> {
    (1usize..48, 1usize..5).prop_flat_map(|(n, stages)| {
        let statuses = prop::sample::select(
            &[
                Status::Todo,
                Status::InProgress,
                Status::Done,
                Status::Skipped,
            ][..],
        );
        (
            prop::collection::vec(prop::collection::vec(any::<Index>(), 0..4), n),
            prop::collection::vec(0..stages, n),
            prop::collection::vec(statuses, n),
            Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
            prop::collection::vec(any::<bool>(), n),
            prop::collection::vec(prop::collection::vec(any::<Index>(), 0..4), n),
        )
            .prop_map(
                move |(picks, stage_of, status_of, file_order, optional, any_picks)| {
                    let name = |i: usize| format!("n{i}");
                    let steps: Vec<Value> = file_order
                        .iter()
                        .map(|&label| {
                            let mut requires: Vec<String> = if label == 0 {
                                Vec::new()
                            } else {
                                picks[label].iter().map(|p| name(p.index(label))).collect()
                            };
                            requires.sort();
                            requires.dedup();
                            // Alternatives among the lower labels too, two or
                            // more, none of them already required.
                            let mut any: Vec<String> = if label == 0 {
                                Vec::new()
                            } else {
                                any_picks[label]
                                    .iter()
                                    .map(|p| name(p.index(label)))
                                    .collect()
                            };
                            any.sort();
                            any.dedup();
                            any.retain(|a| !requires.contains(a));
                            if any.len() < 2 {
                                any.clear();
                            }
                            json!({
                                "id": name(label), "stage": format!("st{}", stage_of[label]),
                                "title": format!("Step {label}"), "requires": requires,
                                "requires_any": any,
                                "estimate_hours": label % 7, "optional": optional[label],
                            })
                        })
                        .collect();
                    let stages: Vec<Value> = (0..stages)
                        .map(|s| json!({"id": format!("st{s}"), "title": format!("Stage {s}")}))
                        .collect();
                    let document =
                        json!({"id": "dag", "title": "DAG", "stages": stages, "steps": steps});
                    let roadmap = Roadmap::from_json(document.to_string().as_bytes())
                        .expect("a DAG with known stages is a valid roadmap");
                    let statuses = roadmap
                        .steps
                        .iter()
                        .map(|step| status_of[step.id[1..].parse::<usize>().unwrap()])
                        .collect();
                    (roadmap, statuses)
                },
            )
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic_the_loader(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(roadmap) = Roadmap::from_json(&bytes) {
            assert_well_formed(&roadmap);
        }
    }

    #[test]
    fn arbitrary_json_never_panics_the_validator(document in json_value()) {
        match Roadmap::from_json(document.to_string().as_bytes()) {
            Ok(roadmap) => assert_well_formed(&roadmap),
            Err(problems) => prop_assert!(!problems.is_empty()),
        }
    }

    #[test]
    fn roadmap_like_documents_compile_only_when_sound(document in roadmap_like()) {
        match Roadmap::from_json(document.to_string().as_bytes()) {
            Ok(roadmap) => assert_well_formed(&roadmap),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for problem in &problems {
                    let text = problem.to_string();
                    prop_assert!(!text.starts_with(':') && !text.ends_with(": "), "{text}");
                }
            }
        }
    }

    #[test]
    fn cycles_are_found_exactly_when_there_are_some(
        edges in (1usize..24).prop_flat_map(|n| {
            prop::collection::vec(prop::collection::vec(0..n, 0..3), n)
        })
    ) {
        let slices: Vec<&[usize]> = edges.iter().map(Vec::as_slice).collect();
        let cycles = find_cycles(&slices);
        prop_assert_eq!(cycles.is_empty(), is_acyclic(&edges));
        for cycle in &cycles {
            prop_assert!(!cycle.is_empty());
            let distinct: HashSet<_> = cycle.iter().collect();
            prop_assert_eq!(distinct.len(), cycle.len());
            for (i, &step) in cycle.iter().enumerate() {
                let next = cycle[(i + 1) % cycle.len()];
                prop_assert!(edges[step].contains(&next), "{} requires {}", step, next);
            }
        }
    }

    #[test]
    fn next_lists_exactly_the_available_steps((roadmap, statuses) in valid_dag()) {
        let next = next_steps(&roadmap, &statuses);
        let listed: HashSet<usize> = next.iter().copied().collect();
        prop_assert_eq!(listed.len(), next.len(), "no step twice");
        for &step in &next {
            prop_assert!(!statuses[step].is_finished());
            for p in roadmap.steps[step].requires() {
                prop_assert!(statuses[p].is_finished(), "listed with an unmet prerequisite");
            }
            let mut any = roadmap.steps[step].requires_any();
            prop_assert!(
                any.len() == 0 || any.any(|p| statuses[p].is_finished()),
                "listed with no alternative finished"
            );
        }
        for step in 0..roadmap.steps.len() {
            prop_assert_eq!(listed.contains(&step), is_available(&roadmap, &statuses, step));
        }
        let started = next.iter().take_while(|&&s| statuses[s] == Status::InProgress).count();
        prop_assert!(next[started..].iter().all(|&s| statuses[s] != Status::InProgress));
    }

    #[test]
    fn percentages_stay_within_0_and_100((roadmap, statuses) in valid_dag()) {
        let stages = stage_stats(&roadmap, &statuses);
        let total = total_stats(&stages);
        prop_assert_eq!(total.total, roadmap.steps.len());
        for stats in stages.iter().chain([&total]) {
            prop_assert!((0.0..=100.0).contains(&stats.percent()));
            prop_assert!(stats.whole_percent() <= 100);
            prop_assert_eq!(stats.whole_percent() == 100, stats.is_complete());
            prop_assert!(stats.hours_left >= 0.0);
        }
    }

    #[test]
    fn finishing_a_step_unlocks_only_newly_available_steps(
        (roadmap, before) in valid_dag(),
        pick in any::<Index>(),
    ) {
        let step = pick.index(roadmap.steps.len());
        let mut after = before.clone();
        after[step] = Status::Done;
        for unlocked in unlocked_by(&roadmap, &before, &after, &[step]) {
            let needs = &roadmap.steps[unlocked];
            prop_assert!(needs.requires().any(|p| p == step) || needs.requires_any().any(|p| p == step));
            prop_assert!(is_available(&roadmap, &after, unlocked));
            prop_assert!(!is_available(&roadmap, &before, unlocked));
        }
    }

    #[test]
    fn user_names_and_store_files_never_panic(
        name in any::<String>(),
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..300),
            json_value().prop_map(|v| v.to_string().into_bytes()),
            json_value().prop_map(|v| json!({"version": 1, "roadmaps": v}).to_string().into_bytes()),
        ],
    ) {
        if let Ok(user) = UserName::parse(&name) {
            let components: Vec<_> = Path::new(user.as_str()).components().collect();
            prop_assert!(matches!(components[..], [Component::Normal(_)]), "{:?}", name);
            prop_assert!(!name.starts_with('.') && name.chars().count() <= 64);
            prop_assert!(!name.chars().any(char::is_control));
        }
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let user = UserName::parse("prop").unwrap();
        std::fs::create_dir_all(dir.path().join("users")).unwrap();
        std::fs::write(store.user_path(&user), &bytes).unwrap();
        if let Err(err) = store.load(&user) {
            prop_assert!(err.to_string().contains("prop.json"), "{}", err);
        }
    }

    #[test]
    fn a_duplicated_key_anywhere_in_a_store_is_refused_and_named(
        content in json_value(),
        depth in any::<Index>(),
    ) {
        let document = json!({"version": 1, "roadmaps": {"r": {"steps": {"a": {"status": "done"}}}}, "x": content});
        let (text, key) = with_duplicate(&document, depth);
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let user = UserName::parse("prop").unwrap();
        std::fs::create_dir_all(dir.path().join("users")).unwrap();
        std::fs::write(store.user_path(&user), &text).unwrap();
        let err = store.load(&user).expect_err("a duplicate key is refused").to_string();
        prop_assert!(err.contains(&format!("duplicate key '{key}'")), "{}\n{}", err, text);
        prop_assert!(err.contains("line 1"), "{}", err);
        prop_assert!(store.update(&user, |_| Ok(((), true))).is_err());
        prop_assert_eq!(std::fs::read_to_string(store.user_path(&user)).unwrap(), text);
    }

    #[test]
    fn a_duplicated_step_field_or_translation_is_refused(
        document in roadmap_like(),
        pick in any::<Index>(),
    ) {
        let steps = document["steps"].as_array().unwrap();
        prop_assume!(!steps.is_empty());
        let chosen = pick.index(steps.len());
        // `i18n` is a map, the other fields are a struct's: both refuse.
        let twice = if chosen % 2 == 0 {
            r#""stage": "st0", "#.to_string()
        } else {
            r#""i18n": {"ja": {"title": "一"}, "ja": {"title": "二"}}, "#.to_string()
        };
        let texts: Vec<String> = steps
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let text = step.to_string();
                if i == chosen {
                    format!("{{{twice}{}", &text[1..])
                } else {
                    text
                }
            })
            .collect();
        let mut top = document.clone();
        top["steps"] = json!([]);
        let top = top.to_string();
        let text = top.replacen(r#""steps":[]"#, &format!(r#""steps":[{}]"#, texts.join(",")), 1);
        prop_assert_ne!(&text, &top);
        let problems = Roadmap::from_json(text.as_bytes()).expect_err("refused");
        prop_assert!(problems.iter().any(|p| p.to_string().contains("duplicate")), "{:?}", problems);
    }
}
