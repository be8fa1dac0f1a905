#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, text};
use seaworthy_syntax::dockerfile;

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    let df = dockerfile::parse(&src);
    for e in &df.errors {
        check(&src, e.span, "error");
    }
    for ins in &df.instructions {
        check(&src, ins.span, "instruction");
        check(&src, ins.keyword_span, "keyword");
        check(&src, ins.args_span, "args");
        for w in ins.words() {
            check(&src, w.span, "word");
        }
        for c in ins.commands() {
            for w in c.words.iter().chain(&c.redirects) {
                check(&src, w.span, "command word");
            }
            let _ = (c.program(), c.subcommand(), c.uses_sudo());
        }
        for kv in ins.key_values() {
            check(&src, kv.key.span, "key");
        }
        for h in &ins.heredocs {
            check(&src, h.body_span, "heredoc body");
            check(&src, h.marker_span, "heredoc marker");
        }
    }
    for st in &df.stages {
        let _ = st.image();
    }
    let vars = vec![
        ("A".to_string(), Some("x".to_string())),
        ("B".to_string(), None),
    ];
    let _ = dockerfile::expand_vars(&src, &vars);
});
