#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::split;
use seaworthy_syntax::{classify, image, text};

// input: a path, then (after a 0xFF byte) the file's bytes
fuzz_target!(|data: &[u8]| {
    let parts = split(data, 2);
    let path = String::from_utf8_lossy(parts[0]);
    let (content, _issue) = text::decode(parts[1]);
    let _ = classify::classify(&path, Some(&content));
    let _ = classify::classify(&path, None);
    let _ = classify::environment_with_reason(&path);
    let _ = classify::is_app_source(&path);
    let _ = classify::is_candidate(&path);
    let _ = classify::looks_like_compose(&content);
    let _ = classify::looks_like_nginx(&content);
    let _ = classify::FileKind::parse(&path);
    let _ = classify::Environment::parse(&path);
    for line in content.lines().take(16) {
        let _ = image::ImageRef::parse(line);
    }
});
