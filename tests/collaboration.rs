//! Collaboration today (issue 21) on the real bundle (`public/data`, committed): every
//! decision of the rules in a golden file a reader can audit line by line, and the
//! insights page's counts found row by row in REPORT.md.
//!
//! Update the golden file after an intended change of the rules (and a regenerated
//! bundle) with `UPDATE_GOLDEN=1 cargo test --test collaboration`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use guichet::bundle::{self, CoreBundle};
use guichet::domain::collaboration::Collaboration;
use guichet::domain::insights::collaboration as collab;
use guichet::domain::insights::report::Table;
use guichet::domain::model::Point;
use guichet::i18n::{tr, Locale};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn core() -> CoreBundle {
    let path = root().join("public/data").join(bundle::CORE);
    bundle::decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("decodes")
}

/// A CSV cell: quoted when it must be.
fn cell(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn line(p: &Point, c: &Collaboration) -> String {
    let partner = c.partner().cloned().unwrap_or_default();
    let evidence: Vec<String> = c
        .evidence
        .iter()
        .map(|e| {
            let q = |s: &Option<String>| s.clone().unwrap_or_default();
            format!("{} [{}] {} / {}", e.field.id(), e.rule, q(&e.quote.en), q(&e.quote.fr))
        })
        .collect();
    let fields = [
        p.id.clone(),
        p.kind.id().to_owned(),
        p.province.code().to_owned(),
        c.kind.id().to_owned(),
        c.host.id().to_owned(),
        partner.en.unwrap_or_default(),
        partner.fr.unwrap_or_default(),
        evidence.join(" | "),
        p.address.street.clone().unwrap_or_default(),
        p.address.street_fr.clone().unwrap_or_default(),
    ];
    fields.iter().map(|f| cell(f)).collect::<Vec<_>>().join(",")
}

#[test]
fn every_decision_is_in_the_golden_file() {
    let core = core();
    let mut out =
        String::from("id,point_kind,province,kind,host,partner_en,partner_fr,evidence,address_en,address_fr\n");
    let mut n = 0;
    for p in &core.points {
        if let Some(c) = &p.collaboration {
            out.push_str(&line(p, c));
            out.push('\n');
            n += 1;
            // Nothing without words: a host, a kind or a partner always has its evidence.
            if c.host != guichet::domain::collaboration::HostKind::NoneStated
                || c.kind != guichet::domain::collaboration::CollabKind::NoneStated
            {
                assert!(!c.evidence.is_empty(), "{} classified without evidence", p.id);
            } else {
                assert!(c.evidence.is_empty(), "{}", p.id);
            }
        }
    }
    // The 2026 list's 574 offices and the 2024 list's 15 NWT partners.
    assert_eq!(n, 589, "points read");
    let path = root().join("tests/golden/collaboration.csv");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &out).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(&path).expect("tests/golden/collaboration.csv (UPDATE_GOLDEN=1 to write)");
    for (i, (a, b)) in want.lines().zip(out.lines()).enumerate() {
        assert_eq!(a, b, "collaboration.csv line {} differs (UPDATE_GOLDEN=1 to accept)", i + 1);
    }
    assert_eq!(want.lines().count(), out.lines().count());
}

fn rows_of(t: &Table, label: &dyn Fn(&str) -> String) -> Vec<String> {
    let head = format!("| {} |", t.headers.iter().map(|h| label(h)).collect::<Vec<_>>().join(" | "));
    let body =
        t.rows.iter().map(|r| format!("| {} |", r.iter().map(|c| c.csv(Locale::En)).collect::<Vec<_>>().join(" | ")));
    std::iter::once(head).chain(body).collect()
}

#[test]
fn the_page_counts_are_the_report_counts() {
    let core = core();
    let report = std::fs::read_to_string(root().join("public/data/REPORT.md")).expect("REPORT.md");
    let c = collab::counts(&core.points);
    let label = |id: &str| tr(Locale::En, id, &[]);
    let tables = [collab::kind_table(&c, &label), collab::host_table(&c, &label), collab::province_table(&c)];
    for t in &tables {
        for row in rows_of(t, &label) {
            assert!(report.lines().any(|l| l == row), "REPORT.md lacks the page's row {row}");
        }
    }
    let summary =
        format!("Points read: {}; in a partner's premises or served by its staff: {}.", c.read, c.partnered());
    assert!(report.contains(&summary), "{summary}");
    println!("read {}, partnered {}, by kind {:?}, by host {:?}", c.read, c.partnered(), c.by_kind, c.by_host);
    // Both languages have every label of the tables.
    for locale in [Locale::En, Locale::Fr] {
        let label = move |id: &str| tr(locale, id, &[]);
        for t in [collab::kind_table(&c, &label), collab::host_table(&c, &label)] {
            assert!(t.rows.iter().all(
                |r| matches!(&r[0], guichet::domain::insights::table::Cell::Text(s) if !s.starts_with("collab-"))
            ));
        }
    }
}
