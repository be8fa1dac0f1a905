//! Not yet: git facts (tracked, ignored, ever committed) arrive with the secrets/git issue.
