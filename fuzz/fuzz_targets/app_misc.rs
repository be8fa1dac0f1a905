#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::text;

// alembic.ini, package.json and npm start scripts
fuzz_target!(|data: &[u8]| {
    let src = text(data);
    let a = seaworthy_app::alembic_facts(&src);
    let _ = a.script_dir("migrations/alembic.ini");
    let n = seaworthy_app::node_facts(&src);
    let _ = n;
    for line in src.lines().take(16) {
        let _ = seaworthy_app::start_command(line);
        let _ = seaworthy_app::module_name(line);
    }
});
