//! "Collaboration today" (issue 21): counts by kind of collaboration, province and kind of
//! host, and the list of every point the sources were read for, with their words. One
//! computation for the insights page and for REPORT.md, so the two show the same figures.
use std::collections::BTreeMap;

use super::report::Table;
use super::table::Cell;
use crate::domain::collaboration::{CollabKind, Collaboration, HostKind};
use crate::domain::model::{Point, Province};
use crate::i18n::Locale;

/// The counts over every point whose sources were read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Points whose sources were read.
    pub read: usize,
    /// By kind of collaboration, in [`CollabKind::ALL`]'s order.
    pub by_kind: [usize; 4],
    /// By kind of host, in [`HostKind::ALL`]'s order.
    pub by_host: [usize; 8],
    /// Of those, hosted by a partner or served by its staff (a kind other than "none").
    pub by_host_partnered: [usize; 8],
    /// By province and kind.
    pub by_province: BTreeMap<Province, [usize; 4]>,
}

impl Counts {
    /// Points in a partner's premises or served by its staff.
    pub fn partnered(&self) -> usize {
        self.by_kind[..3].iter().sum()
    }
}

fn kind_index(k: CollabKind) -> usize {
    CollabKind::ALL.iter().position(|x| *x == k).unwrap_or(3)
}

fn host_index(h: HostKind) -> usize {
    HostKind::ALL.iter().position(|x| *x == h).unwrap_or(7)
}

/// Counts every point with a collaboration read.
pub fn counts(points: &[Point]) -> Counts {
    let mut c = Counts::default();
    for p in points {
        let Some(x) = &p.collaboration else { continue };
        c.read += 1;
        let k = kind_index(x.kind);
        c.by_kind[k] += 1;
        c.by_host[host_index(x.host)] += 1;
        if x.kind != CollabKind::NoneStated {
            c.by_host_partnered[host_index(x.host)] += 1;
        }
        c.by_province.entry(p.province).or_default()[k] += 1;
    }
    c
}

/// Message id of a kind of collaboration.
pub const fn kind_label(k: CollabKind) -> &'static str {
    match k {
        CollabKind::CoLocation => "collab-kind-co-location",
        CollabKind::HostedOutreach => "collab-kind-outreach",
        CollabKind::Integration => "collab-kind-integration",
        CollabKind::NoneStated => "collab-kind-none",
    }
}

/// Message id of a kind of host.
pub const fn host_label(h: HostKind) -> &'static str {
    match h {
        HostKind::Provincial => "collab-host-provincial",
        HostKind::Municipal => "collab-host-municipal",
        HostKind::Indigenous => "collab-host-indigenous",
        HostKind::Library => "collab-host-library",
        HostKind::Community => "collab-host-community",
        HostKind::Federal => "collab-host-federal",
        HostKind::Other => "collab-host-other",
        HostKind::NoneStated => "collab-host-none",
    }
}

/// Points by kind of collaboration.
pub fn kind_table(c: &Counts, label: &dyn Fn(&str) -> String) -> Table {
    let rows = CollabKind::ALL
        .iter()
        .zip(c.by_kind)
        .map(|(k, n)| vec![Cell::Text(label(kind_label(*k))), Cell::Int(n as u64)])
        .collect();
    Table { headers: vec!["collab-col-kind", "collab-col-points"], rows }
}

/// Points by kind of host: all, and those in a partnership.
pub fn host_table(c: &Counts, label: &dyn Fn(&str) -> String) -> Table {
    let rows = HostKind::ALL
        .iter()
        .enumerate()
        .map(|(i, h)| {
            vec![
                Cell::Text(label(host_label(*h))),
                Cell::Int(c.by_host[i] as u64),
                Cell::Int(c.by_host_partnered[i] as u64),
            ]
        })
        .collect();
    Table { headers: vec!["collab-col-host", "collab-col-points", "collab-col-partnered"], rows }
}

/// Points by province and kind, with a total.
pub fn province_table(c: &Counts) -> Table {
    let rows = c
        .by_province
        .iter()
        .map(|(p, n)| {
            let mut row = vec![Cell::Text(p.code().to_owned())];
            row.extend(n.iter().map(|x| Cell::Int(*x as u64)));
            row.push(Cell::Int(n.iter().sum::<usize>() as u64));
            row
        })
        .collect();
    let headers = vec![
        "insights-col-province",
        "collab-kind-co-location",
        "collab-kind-outreach",
        "collab-kind-integration",
        "collab-kind-none",
        "collab-col-total",
    ];
    Table { headers, rows }
}

/// What the list shows: a kind, a kind of host, a province (`None`: all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    pub kind: Option<CollabKind>,
    pub host: Option<HostKind>,
    pub province: Option<Province>,
}

impl Filter {
    pub fn keep(&self, p: &Point, c: &Collaboration) -> bool {
        self.kind.is_none_or(|k| k == c.kind)
            && self.host.is_none_or(|h| h == c.host)
            && self.province.is_none_or(|x| x == p.province)
    }
}

/// Indexes of the points the filter keeps, among those whose sources were read.
pub fn listed(points: &[Point], filter: Filter) -> Vec<u32> {
    (0..points.len() as u32)
        .filter(|i| points[*i as usize].collaboration.as_ref().is_some_and(|c| filter.keep(&points[*i as usize], c)))
        .collect()
}

/// The evidence as one cell: each quote in `locale` (else the other language), with
/// where it was read and its rule.
pub fn evidence_text(c: &Collaboration, locale: Locale, label: &dyn Fn(&str) -> String) -> String {
    c.evidence
        .iter()
        .map(|e| {
            let q = e.quote.show(locale);
            let quoted = if locale == Locale::Fr { format!("«\u{a0}{q}\u{a0}»") } else { format!("“{q}”") };
            format!("{quoted} ({}, {})", label(field_label(e.field)), e.rule)
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Message id of where a quote was read.
pub const fn field_label(f: crate::domain::collaboration::Field) -> &'static str {
    use crate::domain::collaboration::Field;
    match f {
        Field::AddressLine => "collab-field-address",
        Field::CompilerNote => "collab-field-compiler-note",
        Field::FinderNote => "collab-field-finder-note",
        Field::PointType => "collab-field-point-type",
        Field::TerritorialList => "collab-field-territorial-list",
    }
}

/// The list: one row per point, with its host's name and the sources' words.
pub fn list_table(points: &[Point], rows: &[u32], locale: Locale, label: &dyn Fn(&str) -> String) -> Table {
    let rows = rows
        .iter()
        .filter_map(|i| {
            let p = &points[*i as usize];
            let c = p.collaboration.as_ref()?;
            let partner = c.partner().map_or(Cell::Empty, |t| Cell::Text(t.show(locale).to_owned()));
            let evidence = evidence_text(c, locale, label);
            Some(vec![
                Cell::Text(p.name.show(locale).to_owned()),
                Cell::Text(p.community.clone()),
                Cell::Text(p.province.code().to_owned()),
                Cell::Text(label(kind_label(c.kind))),
                Cell::Text(label(host_label(c.host))),
                partner,
                if evidence.is_empty() { Cell::Empty } else { Cell::Text(evidence) },
            ])
        })
        .collect();
    let headers = vec![
        "collab-col-point",
        "collab-col-community",
        "insights-col-province",
        "collab-col-kind",
        "collab-col-host",
        "collab-col-partner",
        "collab-col-evidence",
    ];
    Table { headers, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::collaboration::{Evidence, Field};
    use crate::domain::model::Text;

    fn point(id: &str, province: Province, c: Option<Collaboration>) -> Point {
        Point { province, collaboration: c, ..Point::bare(id, 0, None) }
    }

    #[test]
    fn counts_tables_and_list_agree() {
        let hosted = Collaboration {
            host: HostKind::Library,
            kind: CollabKind::HostedOutreach,
            evidence: vec![Evidence {
                field: Field::AddressLine,
                rule: "library".into(),
                quote: Text::both("Allard Library", "Bibliothèque Allard"),
            }],
        };
        let federal = Collaboration { host: HostKind::Federal, kind: CollabKind::NoneStated, evidence: Vec::new() };
        let points = vec![
            point("a", Province::MB, Some(hosted)),
            point("b", Province::MB, Some(federal)),
            point("c", Province::ON, Some(Collaboration::NONE_STATED)),
            point("d", Province::ON, None),
        ];
        let c = counts(&points);
        assert_eq!((c.read, c.partnered(), c.by_kind), (3, 1, [0, 1, 0, 2]));
        assert_eq!(c.by_province[&Province::MB], [0, 1, 0, 1]);
        let label = |id: &str| id.to_owned();
        let hosts = host_table(&c, &label);
        assert_eq!(hosts.rows[3], [Cell::Text("collab-host-library".into()), Cell::Int(1), Cell::Int(1)]);
        let provinces = province_table(&c);
        let mb = provinces.rows.iter().find(|r| r[0] == Cell::Text("MB".into()));
        assert_eq!(mb.and_then(|r| r.last()), Some(&Cell::Int(2)));
        let all = listed(&points, Filter::default());
        assert_eq!(all, [0, 1, 2]);
        let libs = listed(&points, Filter { host: Some(HostKind::Library), ..Filter::default() });
        let t = list_table(&points, &libs, Locale::Fr, &label);
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0][5], Cell::Text("Bibliothèque Allard".into()));
        assert_eq!(
            t.rows[0][6],
            Cell::Text("«\u{a0}Bibliothèque Allard\u{a0}» (collab-field-address, library)".into())
        );
        assert!(listed(&points, Filter { province: Some(Province::QC), ..Filter::default() }).is_empty());
    }
}
