# Messages of the core rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## parse-error
parse-error = { $problem }
parse-error-help = fix the syntax; the tool that reads this file will reject it as it is
parse-error-template = { $problem } (template file: placeholders are not valid syntax until rendered)
parse-error-template-help = audit the rendered file to check it fully
parse-error-more = { $count } more parse errors in this file (is it really a { $kind } file?)
parse-error-more-help = fix the errors above first, or exclude the file in the configuration if it is not a deployment file

## unused-suppression
unused-suppression = this suppression silences nothing
unused-suppression-help = remove the comment
unused-suppression-unknown = `{ $selector }` is not a rule code or name
unused-suppression-unknown-help = `seaworthy rules` lists every rule
unused-suppression-rule = suppression of `{ $selector }` silences nothing here
unused-suppression-rule-help = remove it, or move it to the line above the finding

## file-unreadable
file-unreadable = could not read this { $kind } file: { $error }
file-unreadable-binary = binary content in a file named like a { $kind } file; not audited
file-unreadable-too-large = { $kind } file of { $bytes } bytes is over the { $limit }-byte limit; not audited
file-unreadable-not-utf8 = not valid UTF-8; invalid bytes were replaced before checking
file-unreadable-utf16 = UTF-16 text in a { $kind } file; not read (docker and compose expect UTF-8)

## symlink-outside-root
symlink-outside-root = `{ $path }` is a symbolic link to `{ $target }`, outside the audited directory: not read
symlink-outside-root-help = keep the file in the repository, or audit the directory that holds its target

## git-history-incomplete
git-history-incomplete-shallow = git history only partly scanned: this is a shallow clone with { $commits } commit(s) of history; a secret committed and deleted before is not found
git-history-incomplete-shallow-help = audit a full clone (`git fetch --unshallow`; `fetch-depth: 0` for actions/checkout)
git-history-incomplete-truncated = git history only partly scanned: the walk stopped at its limit after { $commits } commits; older commits were not read
git-history-incomplete-truncated-help = audit a subdirectory, or check the older history with a dedicated secret scanner
git-history-incomplete-no-repository = git history not scanned: the audited directory is not in a git repository; a secret committed and deleted before is not found
git-history-incomplete-no-repository-help = audit a clone of the repository, or pass `--no-git` to say history is out of scope
git-history-incomplete-unreadable = git history not scanned: the repository could not be read ({ $error })
git-history-incomplete-unreadable-help = check the repository with `git fsck`, or audit a fresh clone
git-history-incomplete-damaged = git history only partly scanned: { $count } git object(s) are missing or unreadable (first: { $first }); what they hold was not checked
git-history-incomplete-damaged-help = run `git fsck` (a partial clone misses objects on purpose: audit a full clone)
