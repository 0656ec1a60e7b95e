//! The path ends in a job (issue #24): applying starts early, a required
//! milestone of being hired closes every route, the job hunt has its own
//! steps, and the resources are the right ones, none repeated everywhere.
//! (A free Japanese resource on every step: `completeness`.)

use super::*;

#[test]
fn the_first_application_needs_at_most_650_required_hours() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let needed = required_path(&all, APPLICATION);
    let needed_hours: f64 = needed.iter().map(|s| hours(all[s])).sum();
    assert!(
        needed_hours <= 650.0,
        "the first application waits for {needed_hours} h: {needed:?}"
    );
    // It is the first step that sends applications: nothing it needs does.
    for step in &needed {
        let text = text(all[step], "done_when").to_lowercase();
        assert!(
            !text.contains("applications to"),
            "{step} sends applications before {APPLICATION}"
        );
    }
}

#[test]
fn a_required_hired_milestone_ends_every_route() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let hired = all[HIRED];
    assert!(!optional(hired), "being hired is on the required path");
    let done_when = text(hired, "done_when").to_lowercase();
    assert!(done_when.contains("accepted an offer"), "{done_when}");
    assert!(done_when.contains("start date"), "{done_when}");
    assert!(ja(hired, "done_when").contains("内定を承諾"));
    assert!(ja(hired, "done_when").contains("入社日"));

    let before = prerequisites(&all, HIRED);
    for step in steps(&roadmap) {
        let id = id(step);
        assert!(
            id == HIRED || optional(step) || before.contains(id),
            "{id} is required but does not lead to {HIRED}"
        );
        assert!(
            !ids(step, "requires").contains(&HIRED) && !ids(step, "requires_any").contains(&HIRED),
            "{id} comes after being hired"
        );
    }
    // Every route reaches the milestone of experience, which leads to the
    // offer; the routes stay alternatives.
    assert_eq!(
        ids(all[MILESTONE], "requires_any")
            .into_iter()
            .collect::<BTreeSet<_>>(),
        ROUTES.into_iter().collect::<BTreeSet<_>>()
    );
    for route in ROUTES.iter().chain(&[MILESTONE, APPLICATION]) {
        assert!(before.contains(route), "{route} leads to {HIRED}");
    }
}

#[test]
fn the_deeper_infrastructure_comes_while_applying() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let needed = prerequisites(&all, APPLICATION);
    for step in ADVANCED {
        assert!(!needed.contains(step), "applying does not wait for {step}");
    }
    // In reading order the campaign comes before them, so `roadmap next`
    // offers it first.
    let stage_of = |id: &str| {
        let stage = text(all[id], "stage");
        roadmap["stages"]
            .as_array()
            .expect("stages")
            .iter()
            .position(|s| text(s, "id") == stage)
            .expect("a known stage")
    };
    for step in ADVANCED {
        assert!(
            stage_of(APPLICATION) < stage_of(step),
            "{step} is read after {APPLICATION}"
        );
    }
}

#[test]
fn the_job_hunt_has_channels_a_tracked_campaign_and_interviews() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let both = |id: &str| {
        let step = all[id];
        let mut text_of = String::new();
        for field in ["title", "summary", "done_when"] {
            text_of.push_str(text(step, field));
            text_of.push('\n');
            text_of.push_str(ja(step, field));
            text_of.push('\n');
        }
        for item in checklist(step) {
            text_of.push_str(text(item, "text"));
            text_of.push_str(ja(item, "text"));
        }
        text_of
    };
    let channels = both("job-channels");
    for channel in [
        "転職サイト",
        "エージェント",
        "Wantedly",
        "ハローワーク",
        "connpass",
        "リファラル",
    ] {
        assert!(channels.contains(channel), "the channels name {channel}");
    }
    let campaign = both(APPLICATION);
    for term in ["20", "書類通過率", "interview rate", "channel"] {
        assert!(campaign.contains(term), "the campaign tracks {term}");
    }
    let interviews = both("interview-preparation");
    for term in [
        "転職理由",
        "志望動機",
        "逆質問",
        "カジュアル面談",
        "coding test",
        "original service",
    ] {
        assert!(
            interviews.contains(term),
            "interview preparation covers {term}"
        );
    }
    let existing = both("maintain-existing-code");
    assert!(existing.contains("did not write") && existing.contains("git blame"));
    let needed = prerequisites(&all, APPLICATION);
    for step in [
        "employer-types",
        "job-channels",
        "career-documents",
        "prepare-application",
    ] {
        assert!(needed.contains(step), "applying needs {step}");
    }
    // Progress on the edition-2 application route carries over.
    assert!(ids(all[APPLICATION], "aliases").contains(&"apply-junior-roles"));
}

#[test]
fn the_second_app_is_an_original_service_that_is_designed_and_operated() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let service = all["original-service"];
    assert!(ids(service, "aliases").contains(&"message-board"));
    let before = prerequisites(&all, "original-service");
    for step in ["problem-statement", "design-document", "sql-basics"] {
        assert!(before.contains(step), "the service needs {step}");
    }
    let after_publishing = prerequisites(&all, HIRED);
    assert!(after_publishing.contains("operate-your-service"));
    let operate = text(all["operate-your-service"], "done_when").to_lowercase();
    for term in ["log", "backup", "restored", "incident"] {
        assert!(operate.contains(term), "operation covers {term}");
    }
    // The technical requirements of the old message board and deployment.
    let service_text = text(service, "done_when").to_lowercase();
    for term in ["relational database", "paginated", "tests"] {
        assert!(service_text.contains(term), "the service keeps {term}");
    }
    for step in ["secure-coding-injection-xss", "auth-and-secrets"] {
        assert!(prerequisites(&all, step).contains("original-service"));
    }
    let deploy = text(all["deploy-to-cloud"], "done_when").to_lowercase();
    for term in ["https", "domain", "managed", "backups", "budget", "tear"] {
        assert!(deploy.contains(term), "the deployment covers {term}");
    }
}

#[test]
fn the_order_problems_of_edition_2_are_fixed() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    // A public repository only at the publish step.
    assert!(!text(all["git-basics"], "done_when").contains("public"));
    // SQL before the apps that design tables and use placeholders.
    for step in ["original-service", "secure-coding-injection-xss"] {
        assert!(prerequisites(&all, step).contains("sql-basics"), "{step}");
    }
    // The one-command start comes with Docker Compose, not before it.
    assert!(!prerequisites(&all, "publish-portfolio").contains("local-dev-with-containers"));
    assert!(!text(all["publish-portfolio"], "done_when").contains("single command"));
    assert!(text(all["local-dev-with-containers"], "done_when").contains("one command"));
    // The optional exam is not among the first steps `next` offers.
    let exam = all["fundamental-it-exam"];
    assert!(optional(exam));
    assert_ne!(text(exam, "stage"), "fundamentals");
}

#[test]
fn cloud_cost_and_hours_are_honest() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let cloud = all["cloud-fundamentals"];
    let summary = text(cloud, "summary");
    assert!(summary.contains("15 July 2025") && summary.contains("six months"));
    assert!(ja(cloud, "summary").contains("2025年7月15日"));
    let items: Vec<&str> = checklist(cloud).iter().map(|i| text(i, "text")).collect();
    assert!(items.iter().any(|i| i.contains("budget")), "{items:?}");
    assert!(items.iter().any(|i| i.contains("Teardown")), "{items:?}");
    assert!((60.0..=80.0).contains(&hours(all["deploy-to-cloud"])));
    assert!((180.0..=220.0).contains(&hours(all["fundamental-it-exam"])));
}

#[test]
fn no_url_is_repeated_across_more_than_two_steps() {
    let roadmap = roadmap();
    let mut steps_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for step in steps(&roadmap) {
        for resource in resources(step) {
            steps_of
                .entry(text(resource, "url"))
                .or_default()
                .insert(id(step));
        }
    }
    for (url, used_by) in steps_of {
        assert!(used_by.len() <= 2, "{url} is used by {used_by:?}");
    }
}

/// Resources the review of issue #24 found wrong stay out.
#[test]
fn the_resources_found_wrong_stay_out() {
    let roadmap = roadmap();
    let urls: Vec<&str> = steps(&roadmap)
        .iter()
        .flat_map(|s| resources(s).iter())
        .map(|r| text(r, "url"))
        .collect();
    for wrong in [
        "hellowork.mhlw.go.jp/member/sy_mem_inputmethod.html",
        "/5.4/5.4_01/",
        "elasticbeanstalk/latest/dg/GettingStarted.Next.html",
        "certification/policies/before-testing",
        "appengine/docs/flexible",
        "sec_permissions_least_privileges",
        // JPUG's own site is preferred to its GitHub Pages build.
        "pgsql-jp.github.io",
    ] {
        for url in &urls {
            assert!(!url.contains(wrong), "{url} was found wrong");
        }
    }
    // Hello Work's page on registering is about a channel, not documents.
    let all = by_id(&roadmap);
    for step in ["employer-types", "career-documents", "prepare-application"] {
        for resource in resources(all[step]) {
            assert!(
                !text(resource, "url").contains("hellowork.mhlw.go.jp/help"),
                "{step}"
            );
        }
    }
    // The write-up step points at how to write a README, not at blog sites.
    for resource in resources(all["portfolio-writeup"]) {
        let url = text(resource, "url");
        assert!(
            !url.contains("qiita.com") && !url.contains("zenn.dev"),
            "{url}"
        );
    }
    // Laravel is not named unless PHP is a supported stack.
    let text = all_text(&roadmap);
    assert!(!text.contains("laravel") && !text.contains("php"));
}
