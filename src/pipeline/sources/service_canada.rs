//! Source: `service_points/service_canada_points_of_service_2024.csv` (see
//! ../shared/data/SOURCES.md, section 1).
//!
//! Superseded by the 2026 list (`service_canada_2026`): [`reconcile`] keeps only the 15
//! NWT "Service Delivery Partner" rows (the GNWT single-window centres, which the 2026
//! finder does not list), merges the offices the 2026 list has into its records, and drops
//! the others as no longer listed (kept apart, for old links). The rules below describe
//! how every row is read before that.
//!
//! The 595 Service Canada points of service scraped from the Service Canada office
//! locator (February 2024) by `erickg6/service-canada-locations`. One row per office,
//! keyed by the locator's `rc_code` (unique, e.g. "5944" or "NT-SAW").
//!
//! Rules:
//! - id `sc-<rc_code>` (verbatim); provenance record = `rc_code`.
//! - name: `name_en` as English only (the locator list has no French names; never
//!   translated).
//! - kind and categories from `point_type`: "Service Canada Centre" → service centre,
//!   "Scheduled Outreach Site" → outreach, "Service Delivery Partner" → partner (all three
//!   with the network's categories); "Passport Office" → passport office (passports and
//!   identity only); "Service Canada Centre and Passport Office (consolidated)" → service
//!   centre with passports (network categories plus passports). Another type is rejected
//!   ("unknown-point-type").
//! - The 15 NT "Service Delivery Partner" rows are GNWT Single Window Service Centres
//!   whose Government Service Officers deliver Service Canada programs. They stay Service
//!   Canada partner points; the provincial file's NWT Single Window rows describe the
//!   territorial side of the same offices. That is a co-location of two governments'
//!   services, not a duplicate: both are kept.
//! - languages from `languages_of_service` ("en", "fr", "en;fr"); anything else is
//!   unknown, with a warning.
//! - address: `street_address` (its lines, separated by "|" in the file, joined with
//!   commas), `city`, `postal_code` (only British Columbia and Alberta rows have them). community = `city` when given (the address's municipality: the
//!   `community` column is then a locator label such as "Vancouver - Sinclair Centre
//!   (Downtown)" or "Comox Valley"), else `community`.
//! - website: the office's locator pages `source_url_en` / `source_url_fr`.
//! - position: none. The `latitude`/`longitude`/`geocode_*` columns were added by the
//!   person who compiled the file (city centroids, median of rural postal codes): they are
//!   not the source's coordinates for the office. They are ignored; our geocoder places
//!   the office later from its postal code or community.
//! - no hours, phone or services in the source.
//! - a partner is service integration by its point type (`pipeline::collaboration`).
//! - unknown province or empty name → rejected ("unknown-province", "no-name"); an
//!   empty community is rejected too ("no-community": the point could not be placed).
use serde::Deserialize;

use super::{address_line, Cx, Reject, Source};
use crate::domain::model::{Categories, Category, Languages, Point, PointKind, Province, Text};
use crate::domain::text::{fold, non_empty};
use crate::pipeline::{DatasetId, NetworkId, RowIssue, Severity, SourceOutput};

/// The 2024 Service Canada list.
pub struct ServiceCanada;

/// Path of the file inside the sources directory.
pub const PATH: &str = "service_points/service_canada_points_of_service_2024.csv";

/// The columns read.
#[derive(Debug, Deserialize)]
pub struct Row {
    rc_code: String,
    name_en: String,
    community: String,
    province: String,
    point_type: String,
    languages_of_service: String,
    street_address: String,
    city: String,
    postal_code: String,
    source_url_en: String,
    source_url_fr: String,
}

impl Source for ServiceCanada {
    const DATASET: DatasetId = DatasetId::ServiceCanada;
    const PATH: &'static str = PATH;
    type Row = Row;

    fn record(&self, row: &Row) -> Option<String> {
        non_empty(&row.rc_code)
    }

    fn point(&self, row: Row, cx: &mut Cx<'_>) -> Result<Point, Reject> {
        let rc = non_empty(&row.rc_code).ok_or(Reject::new("no-id", "no rc_code"))?;
        let name = non_empty(&row.name_en).ok_or(Reject::new("no-name", "empty name_en"))?;
        let province = Province::parse(&row.province)
            .ok_or_else(|| Reject::new("unknown-province", format!("unknown province \"{}\"", row.province.trim())))?;
        let (kind, categories) = kind_of(&row.point_type).ok_or_else(|| {
            Reject::new("unknown-point-type", format!("unknown point_type \"{}\"", row.point_type.trim()))
        })?;
        let city = non_empty(&row.city);
        let community = city
            .clone()
            .or_else(|| non_empty(&row.community))
            .ok_or(Reject::new("no-community", "neither city nor community"))?;

        let mut p = cx.point(format!("sc-{rc}"), NetworkId::ServiceCanada, kind, Text::en(name), community, province);
        p.categories = categories;
        p.address.street = address_line(&row.street_address);
        p.address.city = city;
        p.address.postal_code = cx.postal_code(&row.postal_code, province);
        p.languages = languages(&row.languages_of_service).unwrap_or_else(|| {
            let detail = format!("languages_of_service \"{}\" not understood", row.languages_of_service.trim());
            cx.issue(Severity::Warning, "unknown-languages", detail);
            Languages::UNKNOWN
        });
        p.website = Text { en: non_empty(&row.source_url_en), fr: non_empty(&row.source_url_fr) };
        if kind == PointKind::Partner {
            p.collaboration = Some(crate::pipeline::collaboration::partner(&row.point_type));
        }
        Ok(p)
    }
}

/// The 2024 list against the 2026 one (`current`): a partner row stays; an office the
/// 2026 list has is merged into its 2026 record (which takes the 2024 provenance, with a
/// `Merged` issue); any other is dropped as no longer listed (`Rejected`
/// "no-longer-listed") and returned, to be kept as a retired office.
pub fn reconcile(mut old: SourceOutput, current: &mut SourceOutput) -> (SourceOutput, Vec<Point>) {
    let source = DatasetId::ServiceCanada.dataset().id;
    let mut dropped = Vec::new();
    let mut kept = Vec::new();
    for p in std::mem::take(&mut old.points) {
        let record = p.sources.first().map(|s| s.record.clone()).unwrap_or_default();
        if p.kind == PointKind::Partner {
            kept.push(p);
        } else if let Some(now) = current.points.iter_mut().find(|c| c.id == p.id) {
            now.sources.extend(p.sources);
            let detail = format!("{} is in the 2026 list: its record there is kept", p.id);
            old.issues.push(RowIssue::new(&source, record, Severity::Merged, "in-2026-list", detail));
        } else {
            old.tally.kept -= 1;
            old.tally.rejected += 1;
            let detail =
                format!("{} ({}) is not in the 2026 office finder; kept for old links only", p.id, p.community);
            old.issues.push(RowIssue::new(&source, record, Severity::Rejected, "no-longer-listed", detail));
            dropped.push(p);
        }
    }
    old.points = kept;
    (old, dropped)
}

/// Kind and categories of a `point_type`.
fn kind_of(point_type: &str) -> Option<(PointKind, Categories)> {
    let network = super::network_categories(NetworkId::ServiceCanada);
    let t = fold(point_type);
    Some(match t.as_str() {
        "service canada centre" => (PointKind::ServiceCentre, network),
        "scheduled outreach site" => (PointKind::Outreach, network),
        "service delivery partner" => (PointKind::Partner, network),
        "passport office" => (PointKind::PassportOffice, Categories::of(&[Category::Passports, Category::Identity])),
        _ if t.starts_with("service canada centre and passport") => {
            (PointKind::ServiceCentrePassport, network.union(Categories::of(&[Category::Passports])))
        }
        _ => return None,
    })
}

/// `languages_of_service`: "en", "fr" or both separated by ";". `None` when empty or
/// not understood.
fn languages(s: &str) -> Option<Languages> {
    let mut l = Languages::UNKNOWN;
    for code in s.split([';', ',']).map(str::trim).filter(|c| !c.is_empty()) {
        match code.to_ascii_lowercase().as_str() {
            "en" => l.en = true,
            "fr" => l.fr = true,
            _ => return None,
        }
    }
    l.is_known().then_some(l)
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::testing::*;
    use super::*;
    use crate::domain::hours::Hours;
    use crate::domain::model::{Geocode, Provenance};
    use crate::domain::tz::TimeZone;
    use crate::pipeline::SourceOutput;

    fn out() -> SourceOutput {
        parse(&ServiceCanada, &fixture(PATH), stand_in_hours).expect("fixture parses")
    }

    #[test]
    fn fixture_points_and_issues() {
        let out = out();
        check_invariants(&out);
        assert_eq!(out.tally.dataset, DatasetId::ServiceCanada);
        assert_eq!(out.tally.rows_in, 12);
        let ids: Vec<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "sc-5944",
                "sc-5921",
                "sc-BC-SBK",
                "sc-2000",
                "sc-4802",
                "sc-NT-SAW",
                "sc-NT-SAS",
                "sc-ON-SCU",
                "sc-2431",
                "sc-ZZ-BAD"
            ]
        );
        assert_eq!(
            issue_keys(&out),
            [
                ("X-1".to_owned(), Severity::Rejected, "unknown-province".to_owned()),
                ("X-2".to_owned(), Severity::Rejected, "no-name".to_owned()),
                ("ZZ-BAD".to_owned(), Severity::Downgraded, "postal-code-province-mismatch".to_owned()),
                ("ZZ-BAD".to_owned(), Severity::Warning, "unknown-languages".to_owned()),
            ]
        );
    }

    #[test]
    fn a_full_bc_row() {
        let out = out();
        let p = point(&out, "sc-5944");
        assert_eq!(p.network, NetworkId::ServiceCanada.index());
        assert_eq!(p.kind, PointKind::ServiceCentre);
        assert_eq!(p.name, Text::en("Abbotsford Service Canada Centre"));
        assert_eq!(p.address.street.as_deref(), Some("32525 Simon Avenue, Suite 100"));
        assert_eq!(p.address.city.as_deref(), Some("Abbotsford"));
        assert_eq!(p.address.postal_code.as_deref(), Some("V2T 6T6"));
        assert_eq!(p.community, "Abbotsford");
        assert_eq!(p.province, Province::BC);
        // The compiler's coordinates are ignored.
        assert_eq!((p.pos, p.geocode), (None, Geocode::NONE));
        assert_eq!(p.tz, TimeZone::Vancouver);
        assert_eq!(p.languages, Languages::BOTH);
        assert_eq!(
            p.website,
            Text::both(
                "https://www.servicecanada.gc.ca/tbsc-fsco/sc-dsp.jsp?rc=5944&lang=eng",
                "https://www.servicecanada.gc.ca/tbsc-fsco/sc-dsp.jsp?rc=5944&lang=fra"
            )
        );
        assert_eq!(p.hours, Hours::Unknown);
        assert_eq!(p.categories, super::super::network_categories(NetworkId::ServiceCanada));
        assert_eq!(p.sources, [Provenance { dataset: DatasetId::ServiceCanada.index(), record: "5944".into() }]);
    }

    #[test]
    fn community_prefers_the_address_city() {
        let out = out();
        assert_eq!(point(&out, "sc-5921").community, "Courtenay");
        assert_eq!(point(&out, "sc-2000").community, "Saint-Laurent");
        assert_eq!(point(&out, "sc-2000").address, Default::default());
        let calgary = point(&out, "sc-4802");
        assert_eq!(calgary.community, "Calgary");
        // Address lines separated by "|" in the source become comma-separated.
        assert_eq!(calgary.address.street.as_deref(), Some("Harry Hays Building, Suite 150, 220 4th Avenue Southeast"));
        assert_eq!(
            point(&out, "sc-BC-SBK").address.street.as_deref(),
            Some("Whistler Chamber of Commerce, Room 201, 4230 Gateway Drive")
        );
    }

    #[test]
    fn kinds_and_categories() {
        let out = out();
        let net = super::super::network_categories(NetworkId::ServiceCanada);
        assert_eq!(point(&out, "sc-BC-SBK").kind, PointKind::Outreach);
        let passport = point(&out, "sc-2000");
        assert_eq!(passport.kind, PointKind::PassportOffice);
        assert_eq!(passport.categories, Categories::of(&[Category::Passports, Category::Identity]));
        assert_eq!(passport.languages, Languages::BOTH);
        let both = point(&out, "sc-4802");
        assert_eq!(both.kind, PointKind::ServiceCentrePassport);
        assert!(both.categories.contains(Category::Passports) && both.categories.contains(Category::Benefits));
        let partner = point(&out, "sc-NT-SAW");
        assert_eq!(partner.kind, PointKind::Partner);
        assert_eq!(partner.categories, net);
        assert_eq!(partner.name, Text::en("Łutselk'e Service Delivery Partner"));
        assert_eq!(partner.tz, TimeZone::Yellowknife);
        assert_eq!(point(&out, "sc-ON-SCU").languages, Languages::EN);
        assert_eq!(point(&out, "sc-2431").languages, Languages::FR);
        // No coordinates in the row: still a point.
        assert_eq!(partner.pos, None);
    }

    #[test]
    fn odd_rows() {
        let out = out();
        let p = point(&out, "sc-ZZ-BAD");
        assert_eq!(p.address.postal_code, None);
        assert_eq!(p.languages, Languages::UNKNOWN);
        assert_eq!(p.website, Text::en("https://www.servicecanada.gc.ca/tbsc-fsco/sc-dsp.jsp?rc=ZZ-BAD&lang=eng"));
    }

    #[test]
    fn reconciled_with_the_2026_list() {
        let old = out();
        let mut current = old.clone();
        current.points.retain(|p| ["sc-5944", "sc-2000"].contains(&p.id.as_str()));
        current.points.iter_mut().for_each(|p| p.sources.clear());
        let (kept, dropped) = reconcile(old, &mut current);
        // The NWT partners stay.
        let ids: Vec<&str> = kept.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["sc-NT-SAW", "sc-NT-SAS"]);
        // The offices of the 2026 list take the 2024 provenance; the others are retired.
        assert_eq!(current.points[0].sources.len(), 1);
        let gone: Vec<&str> = dropped.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(gone, ["sc-5921", "sc-BC-SBK", "sc-4802", "sc-ON-SCU", "sc-2431", "sc-ZZ-BAD"]);
        let code = |c: &str| kept.issues.iter().filter(|i| i.code == c).count();
        assert_eq!((code("in-2026-list"), code("no-longer-listed")), (2, 6));
        // Rows in = kept + merged (counted by the run) + rejected.
        assert_eq!(kept.tally.rows_in, kept.tally.kept + kept.tally.rejected);
        assert_eq!(kept.tally.kept, kept.points.len() + 2);
    }

    #[test]
    fn missing_column_is_a_file_error() {
        assert!(parse(&ServiceCanada, b"rc_code,name_en\n1,x\n", stand_in_hours).is_err());
        assert!(parse(&ServiceCanada, b"\xff\xfe", stand_in_hours).is_err());
    }
}
