#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::text;

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    let facts = seaworthy_app::python_facts("app/main.py", &src);
    for sp in &facts.syntax_errors {
        seaworthy_fuzz::check(&src, *sp, "syntax error");
    }
    let _ = seaworthy_app::gunicorn_facts("gunicorn.conf.py", &src);
});
