//! Source: `services_catalogue/gc_service_inventory_2023-24.csv` with its data dictionary
//! `services_catalogue/gc_service_inventory_data_dictionary.json` (see
//! ../shared/data/SOURCES.md, section 5).
//!
//! The GC Service Inventory: one row per federal service and fiscal year, 46 columns.
//!
//! Rules:
//! - UTF-8 with a byte-order mark; columns found by name.
//! - id `service_id` verbatim ("1242", "SRV03049"). When an id appears in several fiscal
//!   years the latest row is kept and the others are rejected ("superseded").
//! - names and descriptions in both languages; an empty English and French name is
//!   rejected ("no-name"). Descriptions are whitespace-cleaned and cut at a sentence
//!   boundary to [`DESCRIPTION_MAX`] characters (the catalogue file's size budget); a cut
//!   is counted, not reported row by row.
//! - `service_type` and `client_target_groups` are comma-separated codes decoded with the
//!   data dictionary (labels in both languages go into the catalogue); an unknown code is
//!   dropped with a warning ("unknown-code").
//! - `client_feedback_channel`: channel codes (ONL, TEL, PERSON, POST, EML, FAX, OTH;
//!   "NON" means none).
//! - `os_*`: "Y", "N", "NA" (anything else: not applicable, with a warning).
//! - counts (`num_*`): digits, "ND" (not determined) or "NA" (not applicable); anything
//!   else is kept as not determined with a warning ("bad-count").
//! - `owner_org_title` is "English | Français"; one [`Org`] per `owner_org`.
//! - `service_uri_en`/`_fr`: the official pages, when given.
use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::domain::model::Text;
use crate::domain::service::{
    Channel, Channels, Code, Count, Flag, Online, Org, Service, ServiceCatalogue, Volumes, DESCRIPTION_MAX,
};
use crate::domain::text::{clean, non_empty};
use crate::pipeline::{read_file, table, DatasetId, Ledger, PipelineError, RowIssue, Severity, Tally};

/// Path of the inventory inside the sources directory.
pub const PATH: &str = "services_catalogue/gc_service_inventory_2023-24.csv";
/// Path of the data dictionary.
pub const DICTIONARY: &str = "services_catalogue/gc_service_inventory_data_dictionary.json";

const DATASET: DatasetId = DatasetId::ServiceInventory;

/// What the inventory gave: services (no delivery yet), the code lists, the row counts
/// and row issues.
#[derive(Debug, Clone)]
pub struct Inventory {
    pub tally: Tally,
    pub catalogue: ServiceCatalogue,
    pub issues: Vec<RowIssue>,
    /// Descriptions cut to the size limit (English + French).
    pub cut_descriptions: usize,
}

/// Reads both files under the sources directory `dir`.
pub fn read(dir: &Path) -> Result<Inventory, PipelineError> {
    let dict_path = dir.join(DICTIONARY);
    let dict = read_file(&dict_path)?;
    let (types, groups) = dictionary(&dict).map_err(|m| PipelineError::format(&dict_path, m))?;
    let path = dir.join(PATH);
    parse(&read_file(&path)?, types, groups).map_err(|m| PipelineError::format(&path, m))
}

/// The `service_type` and `client_target_groups` code lists of the dictionary, sorted by
/// code.
pub fn dictionary(bytes: &[u8]) -> Result<(Vec<Code>, Vec<Code>), String> {
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let resource = v["resources"]
        .as_array()
        .and_then(|rs| rs.iter().find(|r| r["resource_name"] == "service"))
        .ok_or("no \"service\" resource")?;
    let fields = resource["fields"].as_array().ok_or("no fields")?;
    let choices = |id: &str| -> Result<Vec<Code>, String> {
        let field = fields.iter().find(|f| f["id"] == id).ok_or_else(|| format!("no field {id}"))?;
        let map = field["choices"].as_object().ok_or_else(|| format!("field {id} has no choices"))?;
        let mut codes: Vec<Code> = map
            .iter()
            .map(|(code, label)| Code {
                id: code.clone(),
                name: Text {
                    en: label["en"].as_str().and_then(non_empty),
                    fr: label["fr"].as_str().and_then(non_empty),
                },
            })
            .collect();
        codes.sort_by(|a, b| a.id.cmp(&b.id));
        if codes.len() > 16 {
            return Err(format!("field {id} has {} codes; at most 16 fit", codes.len()));
        }
        Ok(codes)
    };
    Ok((choices("service_type")?, choices("client_target_groups")?))
}

/// The columns read (every other column of the file is ignored).
#[derive(Debug, Deserialize)]
struct Row {
    fiscal_yr: String,
    service_id: String,
    service_name_en: String,
    service_name_fr: String,
    service_description_en: String,
    service_description_fr: String,
    service_type: String,
    client_target_groups: String,
    client_feedback_channel: String,
    service_fee: String,
    os_account_registration: String,
    os_authentication: String,
    os_application: String,
    os_decision: String,
    os_issuance: String,
    os_issue_resolution_feedback: String,
    num_applications_online: String,
    num_applications_in_person: String,
    num_applications_by_phone: String,
    num_applications_by_mail: String,
    num_applications_by_email: String,
    num_applications_by_fax: String,
    num_applications_by_other: String,
    num_phone_enquiries: String,
    num_website_visits: String,
    service_uri_en: String,
    service_uri_fr: String,
    owner_org: String,
    owner_org_title: String,
}

/// Parses the inventory's bytes with the dictionary's code lists. `Err` only when the
/// file as a whole is unusable; bad rows become issues.
pub fn parse(bytes: &[u8], types: Vec<Code>, groups: Vec<Code>) -> Result<Inventory, String> {
    let mut ledger = Ledger::new(DATASET);
    let mut cut = 0;
    // id → (fiscal year, service, org id, org title)
    let mut by_id: BTreeMap<String, (String, Service, String, Text)> = BTreeMap::new();
    let mut years: BTreeMap<String, usize> = BTreeMap::new();
    for (number, row) in table::rows::<Row>(bytes)? {
        let row = match row {
            Ok(row) => row,
            Err(why) => {
                ledger.reject(format!("row {number}"), "malformed-row", why);
                continue;
            }
        };
        let Some(id) = non_empty(&row.service_id) else {
            ledger.reject(format!("row {number}"), "no-id", "no service_id");
            continue;
        };
        let name = Text { en: non_empty(&row.service_name_en), fr: non_empty(&row.service_name_fr) };
        if name.is_empty() {
            ledger.reject(&id, "no-name", "empty service_name_en and service_name_fr");
            continue;
        }
        let Some(org) = non_empty(&row.owner_org) else {
            ledger.reject(&id, "no-org", "empty owner_org");
            continue;
        };
        let year = non_empty(&row.fiscal_yr).unwrap_or_default();
        let mut description = Text::default();
        for (raw, side) in
            [(&row.service_description_en, &mut description.en), (&row.service_description_fr, &mut description.fr)]
        {
            let (text, was_cut) = shorten(raw, DESCRIPTION_MAX);
            cut += usize::from(was_cut);
            *side = non_empty(&text);
        }
        let mut row_issue = |severity, code: &str, detail: String| ledger.issue(&id, severity, code, detail);
        let mut s = Service {
            id: id.clone(),
            name,
            description,
            types: bits(&mut row_issue, "service_type", &row.service_type, &types),
            clients: bits(&mut row_issue, "client_target_groups", &row.client_target_groups, &groups),
            fee: row.service_fee.trim() == "Y",
            url: Text { en: non_empty(&row.service_uri_en), fr: non_empty(&row.service_uri_fr) },
            ..Service::default()
        };
        s.feedback = channels(&mut row_issue, &row.client_feedback_channel);
        let mut flag_of = |field: &str, raw: &str| flag(&mut row_issue, field, raw);
        s.online = Online {
            account_registration: flag_of("os_account_registration", &row.os_account_registration),
            authentication: flag_of("os_authentication", &row.os_authentication),
            application: flag_of("os_application", &row.os_application),
            decision: flag_of("os_decision", &row.os_decision),
            issuance: flag_of("os_issuance", &row.os_issuance),
            feedback: flag_of("os_issue_resolution_feedback", &row.os_issue_resolution_feedback),
        };
        let mut count_of = |field: &str, raw: &str| count(&mut row_issue, field, raw);
        s.volumes = Volumes {
            online: count_of("num_applications_online", &row.num_applications_online),
            in_person: count_of("num_applications_in_person", &row.num_applications_in_person),
            phone: count_of("num_applications_by_phone", &row.num_applications_by_phone),
            mail: count_of("num_applications_by_mail", &row.num_applications_by_mail),
            email: count_of("num_applications_by_email", &row.num_applications_by_email),
            fax: count_of("num_applications_by_fax", &row.num_applications_by_fax),
            other: count_of("num_applications_by_other", &row.num_applications_by_other),
            phone_enquiries: count_of("num_phone_enquiries", &row.num_phone_enquiries),
            website_visits: count_of("num_website_visits", &row.num_website_visits),
        };
        let org_name = org_title(&row.owner_org_title);
        *years.entry(year.clone()).or_default() += 1;
        match by_id.get(&id) {
            Some((old_year, ..)) if *old_year >= year => {
                ledger.reject(&id, "superseded", format!("row for {year}; the row for {old_year} is kept"));
            }
            Some((old_year, ..)) => {
                // The earlier row was counted as kept: this one takes its place.
                let detail = format!("row for {old_year}; the row for {year} is kept");
                ledger.reject(&id, "superseded", detail);
                by_id.insert(id, (year, s, org, org_name));
            }
            None => {
                ledger.keep();
                by_id.insert(id, (year, s, org, org_name));
            }
        }
    }
    // The fiscal year most rows report.
    let fiscal_year = years.iter().max_by_key(|(y, n)| (**n, (*y).clone())).map(|(y, _)| y.clone()).unwrap_or_default();
    let mut orgs: BTreeMap<String, Text> = BTreeMap::new();
    for (_, _, org, title) in by_id.values() {
        orgs.entry(org.clone()).or_insert_with(|| title.clone());
    }
    let org_ids: Vec<String> = orgs.keys().cloned().collect();
    let services = by_id
        .into_values()
        .map(|(_, mut s, org, _)| {
            s.org = org_ids.binary_search(&org).expect("org listed") as u16;
            s
        })
        .collect();
    let catalogue = ServiceCatalogue {
        fiscal_year,
        service_types: types,
        client_groups: groups,
        orgs: orgs.into_iter().map(|(id, name)| Org { id, name }).collect(),
        services,
        life_events: Vec::new(),
        synonyms: Vec::new(),
        provincial: Vec::new(),
    };
    Ok(Inventory { tally: ledger.tally, catalogue, issues: ledger.issues, cut_descriptions: cut })
}

/// "English | Français" → a pair; a title without " | " is the same in both.
fn org_title(s: &str) -> Text {
    let s = clean(s);
    match s.split_once(" | ") {
        Some((en, fr)) => Text { en: non_empty(en), fr: non_empty(fr) },
        None => non_empty(&s).map(Text::same).unwrap_or_default(),
    }
}

/// Whitespace-cleaned `s`, cut to at most `max` characters: after the last sentence that
/// fits when it keeps at least a third of the room, else at the last space, with "…".
/// Returns whether it was cut.
///
/// ```
/// use guichet::pipeline::sources::services::shorten;
/// assert_eq!(shorten("  One.  Two ", 20), ("One. Two".to_owned(), false));
/// assert_eq!(shorten("First part. Second part is long", 20), ("First part.".to_owned(), true));
/// assert_eq!(shorten("averyverylongword and more", 20), ("averyverylongword…".to_owned(), true));
/// ```
pub fn shorten(s: &str, max: usize) -> (String, bool) {
    let s = clean(s);
    if s.chars().count() <= max {
        return (s, false);
    }
    let end = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let head = &s[..end];
    if let Some(i) = head.rfind(". ").filter(|&i| head[..i].chars().count() >= max / 3) {
        return (head[..=i].to_owned(), true);
    }
    let cut = head.rfind(' ').unwrap_or(end);
    let mut out = head[..cut].trim_end_matches([',', ';', ':', ' ']).to_owned();
    out.push('…');
    (out, true)
}

/// Records an issue about the current row.
type Note<'a> = dyn FnMut(Severity, &str, String) + 'a;

fn bits(note: &mut Note<'_>, field: &str, raw: &str, codes: &[Code]) -> u16 {
    let mut b = 0u16;
    for code in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match codes.iter().position(|k| k.id == code) {
            Some(i) => b |= 1 << i,
            None => note(Severity::Warning, "unknown-code", format!("{field} code {code:?} not in the dictionary")),
        }
    }
    b
}

fn channels(note: &mut Note<'_>, raw: &str) -> Channels {
    let mut ch = Channels::default();
    for code in raw.split(',').map(str::trim).filter(|s| !s.is_empty() && *s != "NON") {
        match Channel::from_code(code) {
            Some(x) => ch.insert(x),
            None => {
                note(Severity::Warning, "unknown-code", format!("client_feedback_channel code {code:?} not understood"))
            }
        }
    }
    ch
}

fn flag(note: &mut Note<'_>, field: &str, raw: &str) -> Flag {
    match raw.trim() {
        "Y" => Flag::Yes,
        "N" => Flag::No,
        "NA" | "" => Flag::NotApplicable,
        other => {
            note(Severity::Warning, "bad-flag", format!("{field} {other:?} is not Y, N or NA"));
            Flag::NotApplicable
        }
    }
}

fn count(note: &mut Note<'_>, field: &str, raw: &str) -> Count {
    let raw = raw.trim();
    match raw {
        "NA" | "" => Count::NotApplicable,
        "ND" => Count::NotDetermined,
        _ => match raw.parse::<u64>() {
            Ok(n) => Count::Known(n),
            Err(_) => {
                note(Severity::Warning, "bad-count", format!("{field} {raw:?} is not a number, ND or NA"));
                Count::NotDetermined
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fixture;
    use super::*;

    fn inventory() -> Inventory {
        let (types, groups) = dictionary(&fixture(DICTIONARY)).expect("dictionary parses");
        parse(&fixture(PATH), types, groups).expect("fixture parses")
    }

    #[test]
    fn dictionary_codes() {
        let (types, groups) = dictionary(&fixture(DICTIONARY)).unwrap();
        let ids: Vec<&str> = groups.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["ECONOM", "FOR", "INTERN_GOV", "NGO", "PERSON", "PTC"]);
        assert_eq!(types.iter().find(|t| t.id == "INFO").unwrap().name, Text::both("Information", "Informations"));
        assert!(dictionary(b"{}").is_err());
    }

    #[test]
    fn fixture_rows() {
        let inv = inventory();
        assert_eq!(inv.tally.rows_in, 10);
        let cat = &inv.catalogue;
        let ids: Vec<&str> = cat.services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["1001", "1003", "1242", "1292", "1296", "3595", "7", "SRV02975", "SRV03049"]);
        let mut keys: Vec<(String, Severity, String)> =
            inv.issues.iter().map(|i| (i.record.clone(), i.severity, i.code.clone())).collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                ("1296".to_owned(), Severity::Warning, "bad-count".to_owned()),
                ("1296".to_owned(), Severity::Warning, "unknown-code".to_owned()),
                ("SRV02975".to_owned(), Severity::Rejected, "superseded".to_owned()),
            ]
        );
        assert_eq!(inv.tally.rows_in, cat.services.len() + inv.tally.rejected);
        assert!(inv.tally.is_balanced());
        assert_eq!(cat.fiscal_year, "2023-2024");
        let orgs: Vec<&str> = cat.orgs.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(orgs, ["atssc-scdata", "cic", "esdc-edsc", "tbs-sct"]);
        assert_eq!(
            cat.orgs[2].name,
            Text::both("Employment and Social Development Canada", "Emploi et Développement social Canada")
        );
    }

    #[test]
    fn a_full_row() {
        let inv = inventory();
        let cat = &inv.catalogue;
        let p = cat.find("1242").unwrap();
        assert_eq!(p.name, Text::both("Canadian Passport", "Passeport canadien"));
        assert_eq!(cat.orgs[p.org as usize].id, "esdc-edsc");
        assert!(cat.serves(p, "PERSON"));
        assert_eq!(p.volumes.in_person, Count::Known(3_981_638));
        assert_eq!(p.volumes.online, Count::NotApplicable);
        assert_eq!(p.volumes.phone_enquiries, Count::NotDetermined);
        assert!(p.feedback.contains(Channel::InPerson) && p.feedback.contains(Channel::Phone));
        assert!(p.fee);
        assert_eq!(p.online.application, Flag::No);
        assert_eq!(
            p.url.fr.as_deref(),
            Some("https://www.canada.ca/fr/immigration-refugies-citoyennete/services/passeports-canadiens.html")
        );
        let types: Vec<&str> = ServiceCatalogue::codes(&cat.service_types, p.types).map(|c| c.id.as_str()).collect();
        assert_eq!(types, ["APIR", "REG_VOL"]);
    }

    #[test]
    fn odd_rows() {
        let inv = inventory();
        let cat = &inv.catalogue;
        // The later fiscal year wins.
        assert_eq!(cat.find("SRV02975").unwrap().name.en.as_deref(), Some("GC Notify (2024-2025)"));
        // "Twelve" is not a count; "BOGUS" not a client group.
        let loans = cat.find("1296").unwrap();
        assert_eq!(loans.volumes.mail, Count::NotDetermined);
        assert!(cat.serves(loans, "PERSON"));
        // A long description is cut at a sentence.
        let d = cat.find("1001").unwrap().description.en.as_deref().unwrap();
        assert!(d.chars().count() <= DESCRIPTION_MAX && d.ends_with('.'), "{d}");
        assert!(inv.cut_descriptions >= 1);
        // No URL given.
        assert_eq!(cat.find("3595").unwrap().url, Text::default());
    }

    #[test]
    fn titles_and_shortening() {
        assert_eq!(
            org_title("Canada Revenue Agency | Agence du revenu du Canada"),
            Text::both("Canada Revenue Agency", "Agence du revenu du Canada")
        );
        assert_eq!(org_title("Statistics Canada"), Text::same("Statistics Canada"));
        let (s, cut) = shorten(&"word ".repeat(100), 30);
        assert!(cut && s.chars().count() <= 31 && s.ends_with('…'));
    }
}
