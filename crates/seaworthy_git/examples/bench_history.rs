//! Time `seaworthy_git::collect` on a synthetic repository (built with `git fast-import`) or on an
//! existing one.
//!
//! ```text
//! cargo run --release -p seaworthy_git --example bench_history -- [--commits 5000] [--files 2000] [--runs 5]
//! cargo run --release -p seaworthy_git --example bench_history -- --repo PATH [--runs 5]
//! cargo run --release -p seaworthy_git --example bench_history -- --out DIR   # keep the repository
//! ... --dump   # also print every historic blob: path, blob, commit, time
//! ... --all-paths   # scan every path, not only secret-prone ones (cross-check with `git log --raw`)
//! ```
//!
//! The synthetic history: `--files` files spread over 100 directories in the first commit, then
//! each commit modifies 1-3 files; every 50th commit writes a new version of one of a few
//! secret-prone files (`.env`, `deploy/.env.production`, `certs/server.key`); every 500th commit
//! also starts a side branch with one commit that is never merged. Deterministic (fixed seed and
//! dates).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Args {
    commits: usize,
    files: usize,
    runs: usize,
    repo: Option<PathBuf>,
    out: Option<PathBuf>,
    dump: bool,
    all_paths: bool,
    max_blobs: usize,
}

fn parse_args() -> Args {
    let mut args = Args {
        commits: 5000,
        files: 2000,
        runs: 5,
        repo: None,
        out: None,
        dump: false,
        all_paths: false,
        max_blobs: seaworthy_git::Limits::default().max_blobs,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        if flag == "--dump" {
            args.dump = true;
            continue;
        }
        if flag == "--all-paths" {
            args.all_paths = true;
            continue;
        }
        let value = it.next().unwrap_or_default();
        match flag.as_str() {
            "--commits" => args.commits = value.parse().unwrap_or(args.commits),
            "--files" => args.files = value.parse().unwrap_or(args.files),
            "--runs" => args.runs = value.parse().unwrap_or(args.runs),
            "--repo" => args.repo = Some(PathBuf::from(value)),
            "--max-blobs" => args.max_blobs = value.parse().unwrap_or(args.max_blobs),
            "--out" => args.out = Some(PathBuf::from(value)),
            other => {
                eprintln!("unknown flag {other}");
                std::process::exit(2);
            }
        }
    }
    args
}

/// Small deterministic PRNG (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn data(out: &mut Vec<u8>, content: &str) {
    out.extend_from_slice(format!("data {}\n", content.len()).as_bytes());
    out.extend_from_slice(content.as_bytes());
    out.push(b'\n');
}

fn fast_import_stream(commits: usize, files: usize) -> Vec<u8> {
    let mut rng = Rng(0x5EA_0047);
    let secrets = [".env", "deploy/.env.production", "certs/server.key"];
    let path_of = |i: usize| format!("src/mod{:02}/file{:04}.py", i % 100, i);
    let mut s = Vec::with_capacity(files * 64 + commits * 256);
    let base_time = 1_600_000_000u64;
    for c in 0..commits {
        let time = base_time + c as u64 * 600;
        s.extend_from_slice(b"commit refs/heads/main\n");
        s.extend_from_slice(format!("mark :{}\n", c + 1).as_bytes());
        s.extend_from_slice(
            format!("committer Bench <bench@example.invalid> {time} +0000\n").as_bytes(),
        );
        data(&mut s, &format!("commit {c}\n"));
        if c == 0 {
            for i in 0..files {
                s.extend_from_slice(format!("M 100644 inline {}\n", path_of(i)).as_bytes());
                data(&mut s, &format!("# file {i}\nprint({i})\n"));
            }
            continue;
        }
        for _ in 0..1 + rng.below(3) {
            let i = rng.below(files);
            s.extend_from_slice(format!("M 100644 inline {}\n", path_of(i)).as_bytes());
            data(&mut s, &format!("# file {i}\nprint({i}, {c})\n"));
        }
        if c % 50 == 0 {
            let p = secrets[(c / 50) % secrets.len()];
            s.extend_from_slice(format!("M 100644 inline {p}\n").as_bytes());
            data(
                &mut s,
                &format!("SECRET_KEY=fake-{c}\nDB_PASSWORD=fake-{c}\n"),
            );
        }
        if c % 500 == 0 {
            s.extend_from_slice(format!("commit refs/heads/side-{c}\n").as_bytes());
            s.extend_from_slice(
                format!(
                    "committer Bench <bench@example.invalid> {} +0000\n",
                    time + 1
                )
                .as_bytes(),
            );
            data(&mut s, &format!("side branch {c}\n"));
            s.extend_from_slice(format!("from :{}\n", c + 1).as_bytes());
            s.extend_from_slice(b"M 100644 inline credentials.json\n");
            data(&mut s, &format!("{{\"private_key\": \"fake-{c}\"}}\n"));
        }
    }
    s.extend_from_slice(b"reset refs/heads/main\n");
    s.extend_from_slice(format!("from :{commits}\n").as_bytes());
    s
}

fn git(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["-c", "init.defaultBranch=main"])
        .args(args);
    cmd
}

fn build_repo(dir: &Path, commits: usize, files: usize) {
    let ok = git(dir, &["init", "-q"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "git init failed");
    let stream = fast_import_stream(commits, files);
    let mut child = git(dir, &["fast-import", "--quiet"])
        .stdin(Stdio::piped())
        .spawn()
        .expect("git fast-import");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&stream)
        .expect("write stream");
    assert!(
        child.wait().is_ok_and(|s| s.success()),
        "fast-import failed"
    );
    let ok = git(dir, &["checkout", "-q", "-f", "main"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "checkout failed");
}

fn main() {
    let args = parse_args();
    let tmp;
    let root = match &args.repo {
        Some(repo) => repo.clone(),
        None => {
            tmp = tempfile::tempdir().expect("tempdir");
            let dir = match &args.out {
                Some(out) => {
                    std::fs::create_dir_all(out).expect("create --out directory");
                    out.clone()
                }
                None => tmp.path().to_path_buf(),
            };
            let t = Instant::now();
            build_repo(&dir, args.commits, args.files);
            eprintln!(
                "built a synthetic repository: {} commits, {} files, in {:.2?}",
                args.commits,
                args.files,
                t.elapsed()
            );
            dir
        }
    };
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..args.runs.max(1) {
        let t = Instant::now();
        let every = |_: &str| true;
        let interesting: &dyn Fn(&str) -> bool = if args.all_paths {
            &every
        } else {
            &seaworthy_git::is_interesting_secret_path
        };
        let limits = seaworthy_git::Limits {
            max_blobs: args.max_blobs,
            ..seaworthy_git::Limits::default()
        };
        let facts = seaworthy_git::collect(&root, interesting, limits);
        times.push(t.elapsed());
        last = Some(facts);
    }
    match last {
        Some(Ok(Some(f))) => {
            if args.dump {
                for b in &f.history {
                    println!("{}\t{}\t{}\t{}", b.path, b.blob, b.commit, b.time);
                }
            }
            println!(
                "commits_scanned={} tracked={} history={} ignored={} truncated={} shallow={}",
                f.commits_scanned,
                f.tracked.len(),
                f.history.len(),
                f.ignored.len(),
                f.truncated,
                f.shallow
            )
        }
        Some(Ok(None)) => println!("no repository at {}", root.display()),
        Some(Err(e)) => println!("error: {e}"),
        None => {}
    }
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len().max(1) as u32;
    println!(
        "collect: runs={} min={:.1?} median={:.1?} mean={:.1?} max={:.1?}",
        times.len(),
        times.first().copied().unwrap_or_default(),
        times.get(times.len() / 2).copied().unwrap_or_default(),
        mean,
        times.last().copied().unwrap_or_default(),
    );
}
