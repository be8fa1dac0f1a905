//! Helpers shared by the Python rules: PEP 440 version specifiers.

pub fn parse_version(v: &str) -> Vec<u32> {
    v.trim()
        .split('.')
        .map(|p| p.trim_end_matches('*').parse().unwrap_or(0))
        .collect()
}

pub fn cmp(a: &[u32], b: &[u32]) -> std::cmp::Ordering {
    let n = a.len().max(b.len());
    for i in 0..n {
        let (x, y) = (
            a.get(i).copied().unwrap_or(0),
            b.get(i).copied().unwrap_or(0),
        );
        if x != y {
            return x.cmp(&y);
        }
    }
    std::cmp::Ordering::Equal
}

/// Does Python `version` (`3.12`, meaning any 3.12.x) satisfy a PEP 440 specifier set?
/// Unknown clauses count as satisfied (never fire on what we cannot read).
pub fn satisfies(version: &str, spec: &str) -> bool {
    let v = parse_version(version);
    spec.split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .all(|clause| {
            let (op, rhs) = ["===", "~=", "==", "!=", ">=", "<=", ">", "<"]
                .iter()
                .find_map(|op| clause.strip_prefix(op).map(|r| (*op, r.trim())))
                .unwrap_or(("", clause));
            let r = parse_version(rhs);
            // compare only as many components as the image tag gives (3.12 vs 3.12.4 → equal)
            let rn: Vec<u32> = r.iter().take(v.len()).copied().collect();
            match op {
                ">=" => cmp(&v, &rn).is_ge(),
                ">" => {
                    if r.len() > v.len() {
                        cmp(&v, &rn).is_ge()
                    } else {
                        cmp(&v, &r).is_gt()
                    }
                }
                "<" => {
                    cmp(&v, &rn).is_lt()
                        || (r.len() > v.len()
                            && cmp(&v, &rn).is_eq()
                            && r[v.len()..].iter().any(|x| *x > 0))
                }
                "<=" => cmp(&v, &rn).is_le(),
                "==" if rhs.ends_with(".*") => {
                    v.starts_with(&r[..r.len().saturating_sub(1).min(v.len())])
                }
                "==" | "===" => cmp(&v, &rn).is_eq(),
                "!=" if rhs.ends_with(".*") => {
                    !v.starts_with(&r[..r.len().saturating_sub(1).min(v.len())])
                }
                "!=" => r.len() > v.len() || cmp(&v, &r).is_ne(),
                "~=" => {
                    // ~=3.11 means >=3.11, ==3.*
                    let prefix = &r[..r.len().saturating_sub(1).max(1)];
                    cmp(&v, &rn).is_ge() && v.starts_with(&prefix[..prefix.len().min(v.len())])
                }
                _ => true,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::satisfies;

    #[test]
    fn specifiers() {
        assert!(satisfies("3.12", ">=3.11,<3.14"));
        assert!(!satisfies("3.14", ">=3.11,<3.14"));
        assert!(!satisfies("3.10", ">=3.11"));
        assert!(satisfies("3.12", "==3.12.*"));
        assert!(!satisfies("3.13", "==3.12.*"));
        assert!(satisfies("3.12", "~=3.11"));
        assert!(!satisfies("4.0", "~=3.11"));
        assert!(satisfies("3.12", ">=3.12.4"));
        assert!(satisfies("3.13", "<3.13.2"));
        assert!(satisfies("3.12", "!=3.12.1"));
        assert!(satisfies("3.12", ">3.11"));
        assert!(!satisfies("3.11", ">3.11"));
        assert!(satisfies("3.12", "weird"));
    }
}
