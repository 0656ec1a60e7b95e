use super::*;
use crate::progress::StageChange;
use chrono::{FixedOffset, TimeZone};

fn tokyo() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

fn at(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
    tokyo()
        .with_ymd_and_hms(2026, month, day, hour, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn app(channel: Channel, sent: DateTime<Utc>, stages: &[(Stage, DateTime<Utc>)]) -> Application {
    Application {
        id: sent.to_rfc3339(),
        company: "ACME".into(),
        role: None,
        channel,
        url: None,
        at: sent,
        note: None,
        changes: stages
            .iter()
            .map(|&(stage, at)| StageChange {
                at,
                stage,
                interview_at: None,
                note: None,
                batch: None,
                device: None,
            })
            .collect(),
        batch: None,
        device: None,
    }
}

#[test]
fn the_funnel_counts_every_stage_reached() {
    let d = |day| at(11, day, 10);
    let apps = vec![
        app(Channel::Agent, d(2), &[]),
        app(
            Channel::Agent,
            d(3),
            &[(Stage::Passed, d(6)), (Stage::Rejected, d(9))],
        ),
        app(
            Channel::JobSite,
            d(4),
            &[(Stage::Interview, d(8)), (Stage::Offer, d(20))],
        ),
        app(
            Channel::JobSite,
            at(12, 1, 10),
            &[(Stage::Withdrawn, at(12, 2, 10))],
        ),
    ];
    let f = funnel(&apps, &tokyo());
    let total = f.total;
    assert_eq!(
        (total.applications, total.passed, total.interviewed),
        (4, 2, 1)
    );
    assert_eq!(
        (total.offers, total.rejected, total.withdrawn, total.open),
        (1, 1, 1, 2)
    );
    assert_eq!(total.rate(total.passed), Some(50.0));
    assert_eq!(f.by_channel[0].0, Channel::JobSite);
    assert_eq!(f.by_channel[0].1.applications, 2);
    let months: Vec<&str> = f.by_month.iter().map(|(m, _)| m.as_str()).collect();
    assert_eq!(months, ["2026-11", "2026-12"]);
    assert_eq!(Counts::default().rate(0), None);
}

#[test]
fn attention_with_a_fixed_clock() {
    let now = at(11, 30, 12);
    let mut interview = app(
        Channel::Agent,
        at(11, 1, 10),
        &[(Stage::Passed, at(11, 10, 10))],
    );
    interview.changes.push(StageChange {
        at: at(11, 20, 10),
        stage: Stage::Interview,
        interview_at: Some(at(12, 1, 14)),
        note: None,
        batch: None,
        device: None,
    });
    let apps = vec![
        app(Channel::Agent, at(11, 16, 13), &[]), // 13 days: not yet
        app(Channel::Agent, at(11, 16, 11), &[]), // 14 days
        interview,
        app(
            Channel::Agent,
            at(10, 1, 10),
            &[(Stage::Rejected, at(10, 5, 10))],
        ),
        app(
            Channel::Agent,
            at(10, 1, 10),
            &[(Stage::Offer, at(10, 5, 10))],
        ),
        app(
            Channel::Agent,
            at(10, 1, 10),
            &[(Stage::Passed, at(10, 25, 10))],
        ),
    ];
    let seen = needs_attention(&apps, now, &tokyo());
    assert_eq!(
        seen,
        [
            Attention::Interview {
                number: 3,
                at: at(12, 1, 14),
                tomorrow: true,
            },
            Attention::Offer {
                number: 5,
                days: 56
            },
            Attention::Stalled {
                number: 6,
                days: 36
            },
            Attention::NoAnswer {
                number: 2,
                days: 14,
                applied: true,
            },
        ]
    );
    // The day after, the interview is today; two days after, it is past
    // and waits for an answer like any other.
    let next_day = needs_attention(&apps, at(12, 1, 9), &tokyo());
    assert!(matches!(
        next_day[0],
        Attention::Interview {
            tomorrow: false,
            ..
        }
    ));
    assert_eq!(waiting_days(&apps[2], at(12, 15, 15)), Some(14));
    assert_eq!(waiting_days(&apps[2], at(12, 14, 15)), None);
}

#[test]
fn after_an_accepted_offer_one_reminder_to_withdraw() {
    let now = at(11, 30, 12);
    let mut apps = vec![
        app(Channel::Agent, at(10, 1, 10), &[]), // 60 days, no answer
        app(
            Channel::Agent,
            at(10, 1, 10),
            &[(Stage::Passed, at(10, 5, 10))],
        ),
        app(
            Channel::Agent,
            at(10, 1, 10),
            &[(Stage::Rejected, at(10, 5, 10))],
        ),
    ];
    // Before: a nudge for each, the first since it was sent.
    assert_eq!(
        needs_attention(&apps, now, &tokyo()),
        [
            Attention::NoAnswer {
                number: 1,
                days: 60,
                applied: true
            },
            Attention::Stalled {
                number: 2,
                days: 56
            },
        ]
    );
    apps.push(app(
        Channel::Referral,
        at(10, 1, 10),
        &[(Stage::Accepted, at(11, 25, 10))],
    ));
    assert_eq!(
        needs_attention(&apps, now, &tokyo()),
        [Attention::Accepted { open: 2 }]
    );
    // Nothing open: nothing to say.
    apps.truncate(0);
    apps.push(app(
        Channel::Referral,
        at(10, 1, 10),
        &[(Stage::Accepted, at(11, 25, 10))],
    ));
    assert_eq!(needs_attention(&apps, now, &tokyo()), []);
}

#[test]
fn this_weeks_applications_from_monday_local_time() {
    // 2026-11-30 is a Monday.
    let apps = vec![
        app(Channel::Agent, at(11, 29, 23), &[]),
        app(Channel::Agent, at(11, 30, 0), &[]),
        app(Channel::Agent, at(12, 2, 10), &[]),
    ];
    assert_eq!(week_applications(&apps, at(12, 3, 12), &tokyo()), 2);
}
