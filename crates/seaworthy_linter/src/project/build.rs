//! Build contexts: which directory each Dockerfile is built from, and how image paths map back
//! to files in that context. Compose `build:` entries name contexts exactly; a Dockerfile no
//! compose file builds is assumed to be built from its own directory (`docker build .`), which
//! is uncertain, so rules ask [`BuildRef::exact`] before claiming a file is missing.

use super::{join_path, FileId, Project};
use seaworthy_syntax::dockerfile::{Dockerfile, Keyword};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildRef {
    pub dockerfile: FileId,
    /// Context directory relative to the root (`""` = root).
    pub context: String,
    /// The context comes from a compose `build:` (exact) rather than the Dockerfile's directory (a guess).
    pub exact: bool,
}

impl Project {
    /// Every (Dockerfile, context) pair known to the project.
    pub fn build_refs(&self) -> Vec<BuildRef> {
        let mut refs: Vec<BuildRef> = self.compose_build_refs();
        for d in &self.dockerfiles {
            if !refs.iter().any(|r| r.dockerfile == d.file) {
                refs.push(BuildRef {
                    dockerfile: d.file,
                    context: self.file(d.file).dir().to_string(),
                    exact: false,
                });
            }
        }
        refs
    }

    /// Contexts declared by compose services' `build:`.
    fn compose_build_refs(&self) -> Vec<BuildRef> {
        let mut out: Vec<BuildRef> = Vec::new();
        for (d, s) in self.compose.all_services() {
            let Some(b) = &s.build else { continue };
            let ctx = d.interpolate(&b.context).value;
            if ctx.contains("://") || ctx.contains('$') || ctx.starts_with('/') {
                continue;
            }
            let context = join_path(self.file(d.file).dir(), &ctx);
            let df = b
                .dockerfile
                .as_deref()
                .map(|x| d.interpolate(x).value)
                .unwrap_or_else(|| "Dockerfile".into());
            let Some(f) = self.file_by_path(&join_path(&context, &df)) else {
                continue;
            };
            let r = BuildRef {
                dockerfile: f.id,
                context,
                exact: true,
            };
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    /// Does `rel` (relative to `context`) exist, as a file, a directory, or a glob match?
    pub fn exists_in_context(&self, context: &str, rel: &str) -> bool {
        let rel = rel.trim_start_matches("./");
        if rel.is_empty() || rel == "." {
            return true;
        }
        let full = join_path(context, rel);
        if rel.contains(['*', '?', '[']) {
            let Ok(glob) = globset::GlobBuilder::new(&full)
                .literal_separator(true)
                .build()
            else {
                return true;
            };
            let m = glob.compile_matcher();
            // only paths under the glob's literal directory prefix can match
            let literal = &full[..full.find(['*', '?', '[']).unwrap_or(full.len())];
            let prefix = &literal[..literal.rfind('/').map_or(0, |i| i + 1)];
            return self
                .files
                .all_paths
                .range(prefix.to_string()..)
                .take_while(|p| p.starts_with(prefix))
                .any(|p| {
                    m.is_match(p.trim_end_matches('/'))
                        || p.char_indices()
                            .filter(|(_, c)| *c == '/')
                            .any(|(i, _)| m.is_match(&p[..i]))
                });
        }
        self.exists(&full)
    }
}

/// The file in the build context that an image path most likely came from, following the
/// `COPY`/`ADD` instructions of the stage before instruction `before`: `pip install -r
/// requirements/prod.txt` after `COPY requirements/ requirements/` → `requirements/prod.txt`.
pub fn context_source_of(df: &Dockerfile, before: usize, image_path: &str) -> Option<String> {
    let stage = df.stage_of(before)?;
    let target = image_path.trim_start_matches("./");
    let base = target.rsplit('/').next().unwrap_or(target);
    for i in (stage.from + 1..before).rev() {
        let ins = df.instructions.get(i)?;
        if !matches!(ins.keyword, Keyword::Copy | Keyword::Add)
            || ins.flag("from").is_some()
            || !ins.heredocs.is_empty()
        {
            continue;
        }
        let words = ins.words();
        let Some((dest, sources)) = words.split_last() else {
            continue;
        };
        for s in sources {
            let src = s.text.trim_start_matches("./").trim_end_matches('/');
            let src_base = src.rsplit('/').next().unwrap_or(src);
            if src_base == base {
                return Some(src.to_string());
            }
            // a directory copied whole: COPY requirements/ requirements/
            let dest_t = dest.text.trim_start_matches("./").trim_end_matches('/');
            if let Some(rest) = target
                .strip_prefix(dest_t)
                .and_then(|r| r.strip_prefix('/'))
            {
                if !src.contains('*') {
                    return Some(if src.is_empty() || src == "." {
                        rest.to_string()
                    } else {
                        format!("{src}/{rest}")
                    });
                }
            }
            if src == "." || src.is_empty() {
                return Some(target.to_string());
            }
        }
    }
    None
}
