//! `seaworthy`: is this container deployment fit to ship?

mod walk;

use clap::{Parser, Subcommand, ValueEnum};
use seaworthy_linter::config::{Config, RawConfig};
use seaworthy_linter::i18n::{tr, Lang};
use seaworthy_linter::project::{BuildOptions, Date, Project};
use seaworthy_linter::render;
use seaworthy_linter::{engine, Severity};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "seaworthy",
    version,
    about = "Audits a repository's container deployment (Dockerfiles, compose, nginx, .env, CI) for production readiness",
    long_about = None
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Audit a repository (or a single file) and report findings, strengths and scores.
    Audit(AuditArgs),
    /// List every rule with its code, name, default severity and category.
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print the deployment topology (services, published ports, nginx routes, depends_on) as
    /// Mermaid or Graphviz DOT.
    Graph(GraphArgs),
    /// Print a rule's documentation (by code or name).
    Explain {
        /// Rule code (SW1001) or name (base-image-unpinned).
        rule: String,
        /// Language of the headings [default: from LC_ALL, LC_MESSAGES or LANG, else en].
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum LangArg {
    En,
    Ru,
    Uk,
}

/// The language asked for, else the environment's locale.
fn lang_of(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Ru) => Lang::Ru,
        Some(LangArg::Uk) => Lang::Uk,
        None => Lang::from_env(),
    }
}

#[derive(clap::Args)]
struct GraphArgs {
    /// Directory to read.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = GraphFormat::Mermaid)]
    format: GraphFormat,
    /// Only the deployments that run in this environment.
    #[arg(long, value_enum)]
    env: Option<EnvArg>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum GraphFormat {
    Mermaid,
    Dot,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Sarif,
    Markdown,
    Html,
    Github,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum EnvArg {
    Dev,
    Test,
    Prod,
}

#[derive(clap::Args)]
struct AuditArgs {
    /// Directory (or single file) to audit.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write the report to this file instead of standard output (`-` is standard output).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Exit with status 1 when a finding is at or above this severity [default: high, or the config's `fail-on`].
    #[arg(long, value_parser = parse_severity)]
    fail_on: Option<Severity>,
    /// Only report findings that apply to this environment (files of the other one are skipped).
    #[arg(long, value_enum)]
    env: Option<EnvArg>,
    /// Rules to run (codes, code prefixes, names, families; comma-separated). Replaces the config's `select`.
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Rules not to run (added to the config's `ignore`).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Configuration file (default: seaworthy.toml, .seaworthy.toml or [tool.seaworthy] in pyproject.toml,
    /// found in the audited directory or its parents).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Ignore configuration files.
    #[arg(long)]
    no_config: bool,
    /// A previous `--format json` report: findings already in it are not reported again.
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// Apply the safe fixes to the files (atomically), then report what is left.
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff, also apply fixes that may change behaviour.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print the fixes as a unified diff instead of applying them (nothing is written).
    #[arg(long, conflicts_with = "fix")]
    diff: bool,
    /// Do not read git history.
    #[arg(long)]
    no_git: bool,
    /// Language of the report, the text summary and the headings [default: from LC_ALL,
    /// LC_MESSAGES or LANG, else en].
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Leave the strengths out of the text report.
    #[arg(long)]
    no_strengths: bool,
    /// Colors in the text report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Print the wall time of each phase (walk, read, model per file kind, each rule, render) to
    /// standard error, slowest first.
    #[arg(long)]
    timings: bool,
    /// Audit as of this date (YYYY-MM-DD) for lifecycle checks; default: today.
    #[arg(long, hide = true, value_parser = parse_date)]
    today: Option<Date>,
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s)
        .ok_or_else(|| format!("`{s}` is not one of critical, high, medium, low, info"))
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("`{s}` is not a YYYY-MM-DD date"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Audit(args) => match audit(args) {
            Ok(code) => code,
            Err(msg) => {
                let _ = writeln!(std::io::stderr(), "seaworthy: error: {msg}");
                ExitCode::from(2)
            }
        },
        Command::Graph(args) => match graph(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                let _ = writeln!(std::io::stderr(), "seaworthy: error: {msg}");
                ExitCode::from(2)
            }
        },
        Command::Rules { format } => {
            print_rules(format);
            ExitCode::SUCCESS
        }
        Command::Explain { rule, lang } => match seaworthy_linter::registry::find(&rule) {
            Some(r) => {
                print!("{}", explain(r.meta(), lang_of(lang)));
                ExitCode::SUCCESS
            }
            None => {
                let _ = writeln!(
                    std::io::stderr(),
                    "seaworthy: error: no rule `{rule}`; `seaworthy rules` lists them"
                );
                ExitCode::from(2)
            }
        },
    }
}

/// A rule's documentation with its headings in `lang`.
fn explain(m: &seaworthy_linter::meta::RuleMeta, lang: Lang) -> String {
    let mut out = format!(
        "{} {}\n{}: {} · {}: {} · {}: {}\n",
        m.code,
        m.name,
        tr(lang, "explain-severity", &[]),
        m.default_severity,
        tr(lang, "explain-category", &[]),
        m.category.as_str(),
        tr(lang, "explain-family", &[]),
        m.family.as_str()
    );
    if !m.hadolint.is_empty() {
        out.push_str(&format!("hadolint: {}\n", m.hadolint.join(", ")));
    }
    if !m.gixy.is_empty() {
        out.push_str(&format!("gixy: {}\n", m.gixy.join(", ")));
    }
    let headings = [
        ("What it does", "explain-what-it-does"),
        ("Why is this bad?", "explain-why-is-this-bad"),
        ("Example", "explain-example"),
        ("Use instead", "explain-use-instead"),
        ("References", "explain-references"),
    ];
    // Russian and Ukrainian: the rule catalogue's why and fix replace the English prose of
    // those sections (the code blocks stay)
    let why = seaworthy_linter::report::rule_why_translated(lang, m);
    let fix = seaworthy_linter::report::rule_fix(lang, m);
    let mut in_code = false;
    let mut section = "";
    let mut docs: Vec<String> = Vec::new();
    for l in m.documentation().trim().lines() {
        if l.starts_with("```") {
            in_code = !in_code;
        }
        match l.strip_prefix("## ") {
            Some(h) if !in_code && !l.starts_with("```") => {
                let found = headings
                    .iter()
                    .find(|(en, _)| en.eq_ignore_ascii_case(h.trim()));
                section = found.map_or("", |(en, _)| en);
                docs.push(
                    found
                        .map(|(_, key)| format!("## {}", tr(lang, key, &[])))
                        .unwrap_or_else(|| l.to_string()),
                );
                let own = match section {
                    "Why is this bad?" => why.as_deref(),
                    "Use instead" => fix.as_deref(),
                    _ => None,
                };
                if let Some(text) = own {
                    docs.push(text.to_string());
                    docs.push(String::new());
                }
            }
            _ => {
                let replaced = match section {
                    "Why is this bad?" => why.is_some(),
                    "Use instead" => fix.is_some(),
                    _ => false,
                };
                let prose = !in_code && !l.starts_with("```");
                if !(replaced && prose && !l.trim().is_empty()) {
                    docs.push(l.to_string());
                }
            }
        }
    }
    docs.dedup_by(|a, b| a.is_empty() && b.is_empty());
    out.push_str(&format!(
        "\n{}\n\n{}\n",
        seaworthy_linter::report::rule_summary(lang, m),
        docs.join("\n")
    ));
    out
}

fn print_rules(format: RulesFormat) {
    let rules = seaworthy_linter::registry::all_rules();
    match format {
        RulesFormat::Json => {
            let v: Vec<serde_json::Value> = rules
                .iter()
                .map(|r| {
                    let m = r.meta();
                    serde_json::json!({
                        "code": m.code, "name": m.name, "family": m.family.as_str(),
                        "severity": m.default_severity.as_str(), "category": m.category.as_str(),
                        "summary": m.summary, "hadolint": m.hadolint, "gixy": m.gixy,
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
        RulesFormat::Text => {
            let w = rules
                .iter()
                .map(|r| r.meta().name.len())
                .max()
                .unwrap_or(10);
            println!(
                "{:<7} {:<w$} {:<8} {:<15} summary",
                "code", "name", "severity", "category"
            );
            for r in rules {
                let m = r.meta();
                println!(
                    "{:<7} {:<w$} {:<8} {:<15} {}",
                    m.code,
                    m.name,
                    m.default_severity.as_str(),
                    m.category.as_str(),
                    m.summary
                );
            }
            println!("\n{} rules", rules.len());
        }
    }
}

/// Find and read the configuration: an explicit file, or the first of seaworthy.toml,
/// .seaworthy.toml, pyproject.toml [tool.seaworthy] in the audited directory and its parents.
fn load_config(args: &AuditArgs, root: &Path) -> Result<(RawConfig, Option<String>), String> {
    if args.no_config {
        return Ok((RawConfig::default(), None));
    }
    if let Some(p) = &args.config {
        let text = std::fs::read_to_string(p)
            .map_err(|e| format!("cannot read config {}: {e}", p.display()))?;
        let src = p.display().to_string();
        let raw = if p.file_name().is_some_and(|n| n == "pyproject.toml") {
            Config::from_pyproject(&text, &src)
                .map_err(|e| e.0)?
                .unwrap_or_default()
        } else {
            Config::parse_toml(&text, &src).map_err(|e| e.0)?
        };
        return Ok((raw, Some(src)));
    }
    let start = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut dir = Some(start.as_path());
    while let Some(d) = dir {
        for name in ["seaworthy.toml", ".seaworthy.toml"] {
            let p = d.join(name);
            if let Ok(text) = std::fs::read_to_string(&p) {
                let src = p.display().to_string();
                return Ok((Config::parse_toml(&text, &src).map_err(|e| e.0)?, Some(src)));
            }
        }
        let p = d.join("pyproject.toml");
        if let Ok(text) = std::fs::read_to_string(&p) {
            let src = p.display().to_string();
            // a pyproject that does not parse is the audit's business (a finding), not a config error
            if let Ok(Some(raw)) = Config::from_pyproject(&text, &src) {
                return Ok((raw, Some(src)));
            } else if let Err(e) = Config::from_pyproject(&text, &src) {
                if text.contains("[tool.seaworthy]") {
                    return Err(e.0);
                }
            }
        }
        if d.join(".git").exists() {
            break;
        }
        dir = d.parent();
    }
    Ok((RawConfig::default(), None))
}

fn graph(args: GraphArgs) -> Result<(), String> {
    let meta = std::fs::metadata(&args.path)
        .map_err(|e| format!("cannot read {}: {}", args.path.display(), e))?;
    if !meta.is_dir() {
        return Err(format!("{} is not a directory", args.path.display()));
    }
    let walked = walk::walk(&args.path, &|_| false);
    let project = Project::build(walked.inputs, walked.all_paths, &BuildOptions::default());
    let env = args.env.map(|e| match e {
        EnvArg::Dev => seaworthy_syntax::Environment::Dev,
        EnvArg::Test => seaworthy_syntax::Environment::Test,
        EnvArg::Prod => seaworthy_syntax::Environment::Prod,
    });
    let topo = seaworthy_linter::project::topology::topology(&project, env);
    let out = match args.format {
        GraphFormat::Mermaid => render::graph::mermaid(&topo),
        GraphFormat::Dot => render::graph::dot(&topo),
    };
    // names, images and locations: no secret is expected there, but nothing prints unmasked
    print!("{}", project.redact(&out));
    Ok(())
}

fn audit(args: AuditArgs) -> Result<ExitCode, String> {
    use seaworthy_linter::timings;
    let started = std::time::Instant::now();
    if args.timings {
        timings::enable();
    }
    let result = audit_inner(&args);
    if args.timings {
        let _ = write!(
            std::io::stderr(),
            "{}",
            timings::report(&timings::entries(), started.elapsed())
        );
    }
    result
}

fn audit_inner(args: &AuditArgs) -> Result<ExitCode, String> {
    use seaworthy_linter::timings::time;
    let path = &args.path;
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot audit {}: {}", path.display(), e))?;
    let root: PathBuf = if meta.is_dir() {
        path.clone()
    } else {
        path.parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    };
    let (mut raw, source) = time("config", || load_config(args, &root))?;
    if !args.select.is_empty() {
        raw.select = Some(args.select.clone());
    }
    if !args.ignore.is_empty() {
        raw.ignore
            .get_or_insert_with(Vec::new)
            .extend(args.ignore.iter().cloned());
    }
    if let Some(e) = args.env {
        raw.env = Some(match e {
            EnvArg::Dev => "dev".into(),
            EnvArg::Test => "test".into(),
            EnvArg::Prod => "prod".into(),
        });
    }
    let mut config = Config::resolve(&raw, source.as_deref()).map_err(|e| match &source {
        Some(s) => format!("{s}: {e}"),
        None => e.0,
    })?;
    if let Some(f) = args.fail_on {
        config.fail_on = f;
    }

    let run = |config: &Config| -> Result<engine::Audit, String> {
        let walked = if meta.is_dir() {
            walk::walk(&root, &|rel| config.is_excluded(rel))
        } else {
            time("read and classify", || walk::single_file(path))
        };
        for w in &walked.warnings {
            let _ = writeln!(std::io::stderr(), "seaworthy: warning: {w}");
        }
        let opts = BuildOptions {
            today: args.today.unwrap_or_else(Date::today),
        };
        #[allow(unused_mut)]
        let mut project = time("model (total of the model: lines)", || {
            Project::build(walked.inputs, walked.all_paths, &opts)
        });
        #[cfg(feature = "git")]
        if !args.no_git && meta.is_dir() {
            time("git facts", || git::fill(&mut project, &root));
        }
        let mut audit = engine::run(project, config);
        if let Some(b) = &args.baseline {
            let text = std::fs::read_to_string(b)
                .map_err(|e| format!("cannot read baseline {}: {e}", b.display()))?;
            let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                format!(
                    "baseline {} is not a seaworthy JSON report: {e}",
                    b.display()
                )
            })?;
            let known: std::collections::HashSet<String> = v["findings"]
                .as_array()
                .ok_or_else(|| format!("baseline {} has no `findings` array", b.display()))?
                .iter()
                .filter_map(|f| f["fingerprint"].as_str().map(str::to_string))
                .collect();
            let dropped = time("baseline", || audit.apply_baseline(&known));
            if dropped > 0 && args.format == Format::Text {
                let _ = writeln!(
                    std::io::stderr(),
                    "seaworthy: {dropped} finding(s) already in the baseline are not shown"
                );
            }
        }
        Ok(audit)
    };
    let mut audit = run(&config)?;
    if args.diff {
        let planned = seaworthy_linter::fix::plan(&audit, args.unsafe_fixes);
        let mut so = anstream::stdout();
        for f in &planned {
            let _ = so.write_all(seaworthy_linter::fix::masked_diff(&audit.project, f).as_bytes());
        }
        let _ = writeln!(
            std::io::stderr(),
            "seaworthy: {} file(s) would be fixed",
            planned.len()
        );
        return Ok(if planned.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    if args.fix {
        let (planned, skipped) = seaworthy_linter::fix::plan_with_notes(&audit, args.unsafe_fixes);
        for s in &skipped {
            let _ = writeln!(
                std::io::stderr(),
                "seaworthy: note: {} fix for {} not applied: {}",
                s.rule,
                s.path,
                s.reason
            );
        }
        let mut written = Vec::new();
        for f in &planned {
            match write_fix(&root, &f.path, &f.original, &f.fixed) {
                Ok(()) => written.push(f.path.as_str()),
                Err(why) => {
                    let _ = writeln!(
                        std::io::stderr(),
                        "seaworthy: note: {} not fixed: {why}",
                        f.path
                    );
                }
            }
        }
        if !written.is_empty() {
            let _ = writeln!(
                std::io::stderr(),
                "seaworthy: fixed {} file(s): {}",
                written.len(),
                written.join(", ")
            );
            audit = run(&config)?;
        }
    }

    let root_name = std::fs::canonicalize(&root)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().to_string()))
        .unwrap_or_else(|| root.display().to_string());
    let output = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let to_terminal = output.is_none() && std::io::stdout().is_terminal();
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none(),
    };
    let lang = lang_of(args.lang);
    if args.format == Format::Json {
        // streamed: the report is never one string in memory beside the model
        time("render and write", || -> Result<(), String> {
            let werr = |e: std::io::Error| match output {
                Some(p) => format!("cannot write {}: {e}", p.display()),
                None => format!("cannot write the report: {e}"),
            };
            let mut sink: Box<dyn Write> = match output {
                Some(p) => Box::new(std::fs::File::create(p).map_err(werr)?),
                None => Box::new(std::io::stdout().lock()),
            };
            let mut w = std::io::BufWriter::with_capacity(1 << 16, &mut sink);
            let written =
                render::json::write_lang(&audit, &root_name, lang, &mut w).and_then(|()| w.flush());
            match written {
                // a reader that stopped early (`| head`) is not an error of the audit
                Err(e) if output.is_none() && e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(werr),
            }
        })?;
    } else {
        let out = time("render", || match args.format {
            Format::Text => render::text::render_lang(
                &audit,
                render::text::TextOptions {
                    color,
                    strengths: !args.no_strengths,
                },
                lang,
            ),
            Format::Json => String::new(), // streamed above
            Format::Sarif => render::sarif::render(&audit) + "\n",
            Format::Markdown => render::markdown::render_lang(&audit, &root_name, lang),
            Format::Html => render::html::render_lang(&audit, &root_name, lang),
            Format::Github => render::github::render(&audit),
        });
        time("write output", || match output {
            Some(p) => {
                std::fs::write(p, out).map_err(|e| format!("cannot write {}: {e}", p.display()))
            }
            None => {
                let mut so = anstream::stdout();
                let _ = so.write_all(out.as_bytes());
                Ok(())
            }
        })?;
    }
    let failed = audit.failed();
    // the process ends here: freeing the model piece by piece would only cost time
    std::mem::forget(audit);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Write a fixed file: through a symbolic link to its target (the link stays a link, and its
/// target must be inside the audited root), only if the file on disk still holds exactly the text
/// that was audited (so no byte the fixes do not touch can change), atomically (a sibling temporary
/// file with a name that cannot collide, then a rename) and keeping the file's permissions.
fn write_fix(root: &Path, rel: &str, original: &str, fixed: &str) -> Result<(), String> {
    let path = root.join(rel);
    let target = std::fs::canonicalize(&path).map_err(|e| format!("cannot resolve it: {e}"))?;
    let root_canon = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if !target.starts_with(&root_canon) {
        return Err("it links outside the audited directory".into());
    }
    let meta = std::fs::metadata(&target).map_err(|e| format!("cannot read it: {e}"))?;
    if !meta.is_file() {
        return Err("it is not a regular file".into());
    }
    let current = std::fs::read(&target).map_err(|e| format!("cannot read it: {e}"))?;
    if current != original.as_bytes() {
        return Err(
            "it changed since it was audited (or is not exactly the text that was audited)".into(),
        );
    }
    write_atomically(&target, fixed.as_bytes(), &meta)
}

/// Replace `path` (a regular file, not a link) atomically with `content`, keeping `meta`'s
/// permissions (and owner, when allowed).
fn write_atomically(path: &Path, content: &[u8], meta: &std::fs::Metadata) -> Result<(), String> {
    use std::hash::{BuildHasher, Hasher};
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    // a random suffix, and `create_new`: an existing file (a user's, another run's) is never
    // opened, let alone overwritten
    let mut created = None;
    for attempt in 0u32..32 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u32(attempt);
        h.write_u32(std::process::id());
        let tmp = dir.join(format!(".{name}.seaworthy-{:016x}.tmp", h.finish()));
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        match opts.open(&tmp) {
            Ok(file) => {
                created = Some((tmp, file));
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(format!(
                    "cannot create a temporary file in {}: {e}",
                    dir.display()
                ))
            }
        }
    }
    let Some((tmp, mut file)) = created else {
        return Err(format!(
            "cannot create a temporary file in {}",
            dir.display()
        ));
    };
    let result = (|| -> std::io::Result<()> {
        use std::io::Write;
        // permissions first: the content of a 0600 `.env` is never readable by others
        file.set_permissions(meta.permissions())?;
        file.write_all(content)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            // best effort: only root may give a file away
            let _ = std::os::unix::fs::fchown(&file, Some(meta.uid()), Some(meta.gid()));
        }
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot replace {}: {e}", path.display())
    })
}

#[cfg(feature = "git")]
mod git {
    use seaworthy_linter::project::git::{GitFacts, GitProblem, HistoricBlob};
    use seaworthy_linter::project::Project;
    use std::path::Path;

    /// Read git facts (tracked files, secret-prone files anywhere in history) into the model.
    /// Whatever keeps history from being read (no repository, an unreadable one, missing
    /// objects) is recorded in `problems`, for the `git-history-incomplete` finding; a shallow
    /// clone and a truncated walk are facts of their own.
    pub fn fill(project: &mut Project, root: &Path) {
        match seaworthy_git::collect(
            root,
            &seaworthy_git::is_interesting_secret_path,
            seaworthy_git::Limits::default(),
        ) {
            Ok(Some(f)) => {
                let mut problems = Vec::new();
                if f.damaged_objects > 0 {
                    problems.push(GitProblem::DamagedObjects {
                        count: f.damaged_objects,
                        first: f.first_damage.clone().unwrap_or_default(),
                    });
                }
                project.git = GitFacts {
                    available: true,
                    shallow: f.shallow,
                    head: f.head,
                    tracked: f.tracked,
                    history: f
                        .history
                        .into_iter()
                        .map(|b| HistoricBlob {
                            path: b.path,
                            commit: b.commit,
                            time: b.time,
                            summary: b.summary,
                            text: b.text,
                        })
                        .collect(),
                    commits_scanned: f.commits_scanned,
                    ignored: f.ignored,
                    truncated: f.truncated,
                    problems,
                };
            }
            Ok(None) => project.git.problems.push(GitProblem::NoRepository),
            Err(e) => {
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "seaworthy: warning: git facts unavailable: {e}"
                );
                project
                    .git
                    .problems
                    .push(GitProblem::Unreadable(e.to_string()));
            }
        }
    }
}
