use super::{ci_files, mentions, IMAGE_BUILD, IMAGE_SCAN};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports CI pipelines that build container images but never scan them or their definitions
    /// (no trivy, grype, snyk, docker scout, dockle, hadolint, checkov, seaworthy, ... step).
    ///
    /// ## Why is this bad?
    /// Known CVEs in the base image and its packages, and misconfigurations in the Dockerfile, ship
    /// unnoticed.
    ///
    /// ## Example
    /// ```yaml path=.github/workflows/image.yml
    /// on: [push]
    /// jobs:
    ///   image:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - uses: actions/checkout@v4
    ///       - uses: docker/build-push-action@v6
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=.github/workflows/image.yml
    /// on: [push]
    /// jobs:
    ///   image:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - uses: actions/checkout@v4
    ///       - uses: docker/build-push-action@v6
    ///         with:
    ///           load: true
    ///           tags: app:ci
    ///       - uses: aquasecurity/trivy-action@0.28.0
    ///         with:
    ///           image-ref: app:ci
    ///           exit-code: "1"
    /// ```
    pub struct CiNoImageScan {
        code: "SW7003",
        name: "ci-no-image-scan",
        family: Delivery,
        severity: Low,
        category: Security,
        summary: "CI builds images but never scans them",
    }
}

crate::message! {
    /// The build step of an image that no CI step scans.
    struct NoScan = "ci-no-image-scan" {}
    struct NoScanHelp = "ci-no-image-scan-help" {}
}

impl CiNoImageScan {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let ci = ci_files(project);
        let builders: Vec<_> = ci.iter().filter(|f| mentions(f, IMAGE_BUILD)).collect();
        if builders.is_empty() || ci.iter().any(|f| mentions(f, IMAGE_SCAN)) {
            return;
        }
        let f = builders[0];
        let line = f
            .text
            .lines()
            .position(|l| {
                let low = l.to_ascii_lowercase();
                IMAGE_BUILD.iter().any(|n| low.contains(n))
            })
            .unwrap_or(0);
        let ls = f.lines.line_span(&f.text, line);
        let lt = ls.slice(&f.text);
        let lead = lt.len() - lt.trim_start().len();
        cx.report(
            f.id,
            seaworthy_syntax::Span::new(ls.start as usize + lead, ls.end as usize),
            NoScan {},
        )
        .help(NoScanHelp {});
    }
}
