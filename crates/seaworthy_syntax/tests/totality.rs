//! Every parser is total: arbitrary input (random bytes decoded lossily, and random mixes of each
//! format's own tokens) never panics, and every span it returns lies inside the input on char
//! boundaries.

use proptest::prelude::*;
use seaworthy_syntax::{
    compose, dockerfile, dockerignore, dotenv, image, nginx, requirements, shell, yaml, Span,
};

fn span_ok(src: &str, s: Span) -> bool {
    (s.start as usize) <= (s.end as usize)
        && (s.end as usize) <= src.len()
        && src.is_char_boundary(s.start as usize)
        && src.is_char_boundary(s.end as usize)
}

/// Token soup for Dockerfiles: keywords, flags, quotes, continuations, heredocs, JSON, templates.
fn dockerfile_soup() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "FROM ",
        "RUN ",
        "CMD ",
        "COPY ",
        "ADD ",
        "ENV ",
        "ARG ",
        "USER ",
        "WORKDIR ",
        "ONBUILD ",
        "HEALTHCHECK ",
        "SHELL ",
        "EXPOSE ",
        "LABEL ",
        "AS ",
        "python:3.12",
        "${X:-y}",
        "$Y",
        "--mount=type=cache,target=/x ",
        "--from=build ",
        "\\\n",
        "`\n",
        "\n",
        "\r\n",
        "# comment\n",
        "# escape=`\n",
        "# syntax=x\n",
        "<<EOF",
        "<<-'E'",
        "\nEOF\n",
        "\tE\n",
        "[\"a\", \"b\"]",
        "[\"",
        "\"",
        "'",
        " && ",
        " | ",
        ";",
        "{{ x }}",
        "{%",
        "%%V%%",
        "é",
        "\u{feff}",
        " ",
        "\t",
        "=",
        "\0",
    ]);
    prop::collection::vec(tokens, 0..60).prop_map(|v| v.concat())
}

fn dotenv_soup() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "A", "B_1", "export ", "=", ":", "\"", "'", "\\", "\\n", "$", "${A}", "#", " # c", "\n",
        "\r\n", " ", "x", "é", "\u{feff}",
    ]);
    prop::collection::vec(tokens, 0..60).prop_map(|v| v.concat())
}

fn nginx_soup() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "server",
        "location",
        "~*",
        "\\.(js|css)$",
        "{",
        "}",
        ";",
        " ",
        "\n",
        "\"",
        "'",
        "\\",
        "$host",
        "${VAR}",
        "{{ x }}",
        "{% if %}",
        "# c\n",
        "include",
        "proxy_pass",
        "http://a:80",
        "é",
        "{{",
        "}}",
        "$",
    ]);
    prop::collection::vec(tokens, 0..80).prop_map(|v| v.concat())
}

fn check_nginx(src: &str) {
    let c = nginx::parse(src);
    for e in &c.errors {
        assert!(span_ok(src, e.span), "{src:?}");
    }
    c.walk(&mut |d, _| {
        assert!(span_ok(src, d.span) && span_ok(src, d.name_span), "{src:?}");
        for a in &d.args {
            assert!(span_ok(src, a.span), "{src:?}");
        }
    });
}

fn check_dockerfile(src: &str) {
    let df = dockerfile::parse(src);
    for e in &df.errors {
        assert!(span_ok(src, e.span), "error span {:?} in {src:?}", e.span);
    }
    for ins in &df.instructions {
        assert!(
            span_ok(src, ins.span) && span_ok(src, ins.keyword_span) && span_ok(src, ins.args_span),
            "{src:?}"
        );
        for w in ins.words() {
            assert!(
                span_ok(src, w.span),
                "word {:?} {:?} in {src:?}",
                w.text,
                w.span
            );
        }
        for c in ins.commands() {
            for w in &c.words {
                assert!(
                    span_ok(src, w.span),
                    "cmd word {:?} {:?} in {src:?}",
                    w.text,
                    w.span
                );
            }
        }
        for kv in ins.key_values() {
            assert!(span_ok(src, kv.key.span), "{src:?}");
        }
        for h in &ins.heredocs {
            assert!(
                span_ok(src, h.body_span) && span_ok(src, h.marker_span),
                "{src:?}"
            );
        }
    }
    for st in &df.stages {
        let _ = st.image();
    }
}

/// Token soup for YAML: compose keys, indentation, flow collections, anchors, aliases, merge
/// keys, block scalars, multi-byte characters where indentation is expected.
fn yaml_soup() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "services:",
        "web:",
        "image: nginx",
        "ports:",
        "- \"80:80\"",
        "\n",
        "\r\n",
        "\r",
        "  ",
        "    ",
        "\t",
        "&a ",
        "*a",
        "<<: *a",
        "<<: [*a, *a]",
        "{",
        "}",
        "[",
        "]",
        ",",
        ": ",
        "|",
        ">-",
        "'",
        "\"",
        "#c",
        "---\n",
        "é",
        "\u{a0}",
        "\u{feff}",
        "😀",
        "${X:-y}",
        "? ",
        "!!str ",
    ]);
    prop::collection::vec(tokens, 0..60).prop_map(|v| v.concat())
}

fn check_yaml(src: &str) {
    let y = yaml::parse(src);
    for e in &y.errors {
        assert!(span_ok(src, e.span), "error span {:?} in {src:?}", e.span);
    }
    for n in &y.nodes {
        assert!(span_ok(src, n.span), "node span {:?} in {src:?}", n.span);
    }
    for (_, sp) in &y.comments {
        assert!(span_ok(src, *sp), "comment span {sp:?} in {src:?}");
    }
    if let Some(root) = y.root() {
        let _ = y.to_json(root, 1000);
        let _ = y.entries(root);
    }
    let view = compose::view(&y);
    for (_, sp) in &view.problems {
        assert!(span_ok(src, *sp), "{src:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn yaml_total_on_soup(src in yaml_soup()) {
        check_yaml(&src);
    }

    #[test]
    fn yaml_total_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check_yaml(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn dockerignore_total(src in yaml_soup(), path in yaml_soup()) {
        let d = dockerignore::parse(&src);
        for p in &d.patterns {
            prop_assert!(span_ok(&src, p.span));
        }
        let _ = d.is_excluded(&path);
    }

    #[test]
    fn dockerfile_total_on_soup(src in dockerfile_soup()) {
        check_dockerfile(&src);
    }

    #[test]
    fn dockerfile_total_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_dockerfile(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn nginx_total_on_soup(src in nginx_soup()) {
        check_nginx(&src);
    }

    #[test]
    fn nginx_total_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_nginx(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn shell_total(src in dockerfile_soup()) {
        for c in shell::parse(&src) {
            for w in c.words.iter().chain(&c.redirects) {
                prop_assert!(span_ok(&src, w.span));
            }
        }
    }

    #[test]
    fn dotenv_total(src in dotenv_soup()) {
        let env = dotenv::parse(&src);
        for e in &env.entries {
            prop_assert!(span_ok(&src, e.key_span) && span_ok(&src, e.value_span) && span_ok(&src, e.content_span) && span_ok(&src, e.span));
        }
        for e in &env.errors {
            prop_assert!(span_ok(&src, e.span));
        }
    }

    #[test]
    fn small_parsers_total(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let src = String::from_utf8_lossy(&bytes);
        let r = requirements::parse(&src);
        for q in &r.requirements {
            prop_assert!(span_ok(&src, q.name_span) && span_ok(&src, q.line_span));
        }
        let _ = image::ImageRef::parse(&src);
        let _ = seaworthy_syntax::pyproject::parse(&src);
        let _ = seaworthy_syntax::classify(&src, Some(&src));
    }
}
