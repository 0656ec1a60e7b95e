//! Writes a synthetic roadmap and a matching progress store, for benchmarks:
//!
//!     cargo run --release --example synth -- --steps 10000 --stages 20 \
//!         --done 0.5 --seed 1 --profile realistic --out target/synth/10k
//!
//! gives `OUT/roadmap.json` and `OUT/data/users/<user>.json`; then
//! `roadmap --roadmap OUT/roadmap.json --data-dir OUT/data --user learner next`.

use std::fs;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Parser;
use roadmap::roadmap::Roadmap;
use roadmap::store::{Store, UserName};
use roadmap::synth::{self, Profile, Shape};

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
    let json = synth::roadmap_json(&shape);
    // Read back exactly as the program does, so the files always agree.
    let roadmap = Roadmap::from_json(&json)
        .map_err(|problems| anyhow::anyhow!("generated an invalid roadmap: {problems:?}"))?;
    let progress = synth::progress(&roadmap, &shape);

    fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let roadmap_path = args.out.join("roadmap.json");
    fs::write(&roadmap_path, &json)
        .with_context(|| format!("writing {}", roadmap_path.display()))?;
    let store = Store::new(args.out.join("data"));
    let user = UserName::parse(&args.user)?;
    let user_path = store.user_path(&user);
    if user_path.exists() {
        fs::remove_file(&user_path)?;
    }
    store.update(&user, |data| {
        data.roadmaps.insert(roadmap.id.to_string(), progress);
        Ok(((), true))
    })?;
    eprintln!(
        "wrote {} ({} steps, {} bytes a step) and {}",
        roadmap_path.display(),
        roadmap.steps.len(),
        json.len() / roadmap.steps.len(),
        user_path.display()
    );
    Ok(())
}
