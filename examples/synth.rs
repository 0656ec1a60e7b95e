//! Writes a synthetic roadmap and a matching progress store, for benchmarks:
//!
//!     cargo run --release --example synth -- --steps 10000 --stages 20 \
//!         --done 0.5 --seed 1 --profile realistic --out target/synth/10k
//!
//! gives `OUT/roadmap.json` and `OUT/data/users/<user>.json`; then
//! `roadmap --roadmap OUT/roadmap.json --data-dir OUT/data --user learner next`.
//!
//! With `--days D --sessions N`, each finished step was started and then
//! finished over D days, with N study sessions among them. With
//! `--builtin`, the progress is on the built-in roadmap (no roadmap file is
//! written); with `--users N`, N learners `learner-0001`… are written, each
//! from its own seed.

use std::fs;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Parser;
use roadmap::roadmap::Roadmap;
use roadmap::store::{Store, UserName};
use roadmap::synth::{self, History, Profile, Shape};

#[derive(Parser)]
#[command(about = "Write a synthetic roadmap and matching progress")]
struct Args {
    /// Number of steps
    #[arg(long, default_value_t = 10_000)]
    steps: usize,
    /// Number of stages
    #[arg(long, default_value_t = 20)]
    stages: usize,
    /// Fraction of the steps finished (0.0 to 1.0)
    #[arg(long, default_value_t = 0.5)]
    done: f64,
    /// Seed: the same seed gives the same files
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How much text each step carries: lean (about 300 bytes of JSON a
    /// step) or realistic (a summary, a check and a link on every step,
    /// about 430 bytes)
    #[arg(long, value_enum, default_value_t = Profile::Lean)]
    profile: Profile,
    /// Whose progress file to write
    #[arg(long, default_value = "learner")]
    user: String,
    /// Days of history: each finished step started and finished over them
    #[arg(long)]
    days: Option<u32>,
    /// Study sessions over the days of history
    #[arg(long, default_value_t = 0)]
    sessions: usize,
    /// Progress on the built-in roadmap instead of a synthetic one
    #[arg(long)]
    builtin: bool,
    /// Write this many learners (learner-0001, …) instead of --user
    #[arg(long)]
    users: Option<usize>,
    /// Folder to write into (created if missing)
    #[arg(long)]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(
        (0.0..=1.0).contains(&args.done),
        "--done must be between 0 and 1"
    );
    anyhow::ensure!(
        args.steps > 0 && args.stages > 0,
        "--steps and --stages must be positive"
    );
    let shape = Shape {
        steps: args.steps,
        stages: args.stages,
        done: args.done,
        seed: args.seed,
        profile: args.profile,
    };
    fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let roadmap = if args.builtin {
        Roadmap::builtin()
            .map_err(|problems| anyhow::anyhow!("the built-in roadmap: {problems:?}"))?
    } else {
        let json = synth::roadmap_json(&shape);
        // Read back exactly as the program does, so the files always agree.
        let roadmap = Roadmap::from_json(&json)
            .map_err(|problems| anyhow::anyhow!("generated an invalid roadmap: {problems:?}"))?;
        let roadmap_path = args.out.join("roadmap.json");
        fs::write(&roadmap_path, &json)
            .with_context(|| format!("writing {}", roadmap_path.display()))?;
        eprintln!(
            "wrote {} ({} steps, {} bytes a step)",
            roadmap_path.display(),
            roadmap.steps.len(),
            json.len() / roadmap.steps.len(),
        );
        roadmap
    };
    let users: Vec<String> = match args.users {
        Some(count) => (1..=count).map(|i| format!("learner-{i:04}")).collect(),
        None => vec![args.user.clone()],
    };
    let store = Store::new(args.out.join("data"));
    for (i, name) in users.iter().enumerate() {
        let shape = Shape {
            seed: args.seed + i as u64,
            ..shape
        };
        let progress = match args.days {
            Some(days) => {
                let history = History {
                    days,
                    sessions: args.sessions,
                };
                synth::progress_with_history(&roadmap, &shape, history)
            }
            None => synth::progress(&roadmap, &shape),
        };
        let user = UserName::parse(name)?;
        let user_path = store.user_path(&user);
        if user_path.exists() {
            fs::remove_file(&user_path)?;
        }
        store.update(&user, |data| {
            data.roadmaps.insert(roadmap.id.to_string(), progress);
            Ok(((), true))
        })?;
    }
    eprintln!(
        "wrote the progress of {} in {}",
        match users.as_slice() {
            [one] => one.clone(),
            many => format!("{} learners", many.len()),
        },
        store.dir().display()
    );
    Ok(())
}
