//! What the roadmap teaches, and in which order: safety before publishing,
//! the path to applying, the routes to experience and the seed's topics.

use super::*;

#[test]
fn injection_and_xss_are_dealt_with_before_publishing() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let before_publishing = prerequisites(&all, "publish-portfolio");
    for step in [
        "secure-coding-injection-xss",
        "auth-and-secrets",
        "original-service",
    ] {
        assert!(before_publishing.contains(step), "{step} comes first");
    }
    let position = |id: &str| steps(&roadmap).iter().position(|s| text(s, "id") == id);
    assert!(position("secure-coding-injection-xss") < position("publish-portfolio"));
}

#[test]
fn applying_needs_only_the_basics_and_a_secured_published_portfolio() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let needed = prerequisites(&all, APPLICATION);
    for step in [
        "language-syntax-core",
        "ai-coding-assistants",
        "sql-basics",
        "original-service",
        "secure-coding-injection-xss",
        "auth-and-secrets",
        "publish-portfolio",
        "career-documents",
    ] {
        assert!(needed.contains(step), "applying needs {step}");
    }
    for step in ADVANCED.iter().chain(&ROUTES).chain(&[MILESTONE, HIRED]) {
        assert!(all.contains_key(step), "{step} is in the roadmap");
        assert!(!needed.contains(step), "applying does not wait for {step}");
    }
    // Certifications and the exam are options, never prerequisites.
    for step in ["fundamental-it-exam", "cloud-certification"] {
        assert!(optional(all[step]), "{step} is optional");
        assert!(!needed.contains(step));
    }
}

#[test]
fn routes_to_experience_are_optional_alternatives_joined_by_requires_any() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let milestone = all[MILESTONE];
    assert!(!optional(milestone), "the milestone itself counts");
    let options = ids(milestone, "requires_any");
    assert_eq!(
        options.iter().copied().collect::<BTreeSet<_>>(),
        ROUTES.into_iter().collect::<BTreeSet<_>>()
    );
    for route in ROUTES {
        assert!(optional(all[route]), "{route} is optional");
        for step in steps(&roadmap) {
            assert!(
                !ids(step, "requires").contains(&route),
                "{} must not require the route {route}",
                id(step)
            );
        }
    }
    // The first route of the article, applying to junior and
    // potential-based openings, is the required campaign.
    assert!(!optional(all[APPLICATION]));
    assert!(ids(all[APPLICATION], "aliases").contains(&"apply-junior-roles"));
    // The crowdsourcing route names the sites a learner in Japan would use.
    let freelance = format!(
        "{} {}",
        text(all["freelance-small-jobs"], "summary"),
        ja(all["freelance-small-jobs"], "summary")
    );
    for site in ["クラウドワークス", "ランサーズ", "CrowdWorks", "Lancers"] {
        assert!(freelance.contains(site), "names {site}");
    }
}

#[test]
fn ai_assistants_come_early_and_design_judgement_later() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let early = all["ai-coding-assistants"];
    assert_eq!(text(early, "stage"), "fundamentals");
    let early_text = format!("{} {}", text(early, "summary"), text(early, "done_when"));
    let early_text = early_text.to_lowercase();
    for topic in ["security", "test", "explain", "portfolio"] {
        assert!(early_text.contains(topic), "the AI step covers {topic}");
    }
    let later = all["ai-design-judgement"];
    assert!(prerequisites(&all, "ai-design-judgement").contains("ai-coding-assistants"));
    assert!(text(later, "summary").to_lowercase().contains("design"));
    assert!(prerequisites(&all, "first-web-api").contains("ai-coding-assistants"));
}

#[test]
fn covers_the_japan_context_as_steps() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    for step in [
        "fundamental-it-exam",
        "cloud-certification",
        "linux-server-basics",
        "html-and-forms",
        "output-and-community",
        "employer-types",
        "career-documents",
    ] {
        assert!(all.contains_key(step), "{step} is a step");
    }
    let text = all_text(&roadmap);
    for term in [
        "基本情報技術者試験",
        "ssh",
        "systemd",
        "permission",
        "qiita",
        "zenn",
        "connpass",
        "自社開発",
        "受託開発",
        "ses",
        "職務経歴書",
        "志望動機",
        "ポテンシャル採用",
        "in japan",
    ] {
        assert!(text.contains(term), "the roadmap mentions {term}");
    }
}

#[test]
fn covers_the_five_ai_era_skills_and_the_experience_routes() {
    let text = all_text(&roadmap());
    let topics: &[(&str, &[&str])] = &[
        (
            "whole-service design",
            &["design the whole", "service design"],
        ),
        ("servers and infrastructure", &["load balanc"]),
        ("recovery", &["recover"]),
        ("logging", &["logging", "logs"]),
        ("database design", &["normalis", "normaliz"]),
        ("indexes", &["index"]),
        ("caching", &["cach"]),
        ("backups", &["backup"]),
        ("access control", &["privilege", "access control"]),
        ("cloud", &["aws", "google cloud", "azure"]),
        ("sql injection", &["sql injection", "sql インジェクション"]),
        ("xss", &["xss", "cross-site scripting"]),
        (
            "ai assistants",
            &["ai assistant", "ai コーディングアシスタント"],
        ),
        ("junior openings", &["junior"]),
        ("internships", &["internship"]),
        ("freelance", &["freelanc"]),
        ("helping acquaintances", &["someone you know", "知人"]),
        ("open source", &["open source", "open-source"]),
        ("portfolio apps", &["todo"]),
        ("message board", &["message board"]),
    ];
    for (topic, words) in topics {
        assert!(
            words.iter().any(|w| text.contains(w)),
            "the roadmap covers {topic} (one of {words:?})"
        );
    }
}

#[test]
fn steps_follow_the_stage_order() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let stage_index = |step: &Value| {
        ["fundamentals", "portfolio", "cloud-db", "practice"]
            .iter()
            .position(|s| *s == text(step, "stage"))
            .expect("a known stage")
    };
    assert!(ids(&steps(&roadmap)[0], "requires").is_empty());
    for step in steps(&roadmap) {
        for p in ids(step, "requires")
            .into_iter()
            .chain(ids(step, "requires_any"))
        {
            assert!(
                stage_index(all[p]) <= stage_index(step),
                "{} requires {p} from a later stage",
                id(step)
            );
        }
    }
}

/// Every step id of edition 2 still names a step (as its id or an alias).
#[test]
fn the_ids_of_edition_2_keep_their_progress() {
    let roadmap = roadmap();
    let known = known_names(&roadmap);
    for old in super::upgrade::EDITION_2 {
        assert!(known.contains(old), "{old} still names a step");
    }
}

/// Every step id and alias of the built-in roadmap.
fn known_names(roadmap: &Value) -> BTreeSet<&str> {
    steps(roadmap)
        .iter()
        .flat_map(|s| std::iter::once(id(s)).chain(ids(s, "aliases")))
        .collect()
}

/// Every step id of edition 1 still names a step (as its id or an alias),
/// so a learner's progress carries over.
#[test]
fn the_ids_of_edition_1_keep_their_progress() {
    let roadmap = roadmap();
    let known = known_names(&roadmap);
    for old in [
        "pick-a-language",
        "command-line-basics",
        "language-syntax-core",
        "git-basics",
        "debugging-and-errors",
        "http-and-the-web",
        "first-web-api",
        "todo-app",
        "automated-tests",
        "message-board",
        "portfolio-writeup",
        "publish-portfolio",
        "sql-basics",
        "local-dev-with-containers",
        "schema-design",
        "indexes-and-query-plans",
        "caching",
        "database-backups-and-privileges",
        "secure-coding-injection-xss",
        "auth-and-secrets",
        "cloud-fundamentals",
        "deploy-to-cloud",
        "second-cloud-provider",
        "load-balancing-and-recovery",
        "logging-and-monitoring",
        "service-design",
        "prepare-application",
        "apply-junior-roles",
        "internship-or-part-time",
        "freelance-small-jobs",
        "help-acquaintance-project",
        "open-source-contribution",
        "team-workflow-and-incidents",
    ] {
        assert!(known.contains(old), "{old} still names a step");
    }
}
