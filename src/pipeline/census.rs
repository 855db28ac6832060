//! `census.bin` (issue 20): the census figures by FSA that the insights' scenarios and
//! "who is left out" read, from `population/` (SOURCES.md section 10): population 2016,
//! population, private dwellings and median household income (2020) of the 2021 census,
//! people aged 65 and over in 2016. An insights-only file: listed under the manifest's
//! `insights`, never in `core.bin` (the citizen's first visit does not grow).
//!
//! Blank cells are suppressed values (`None`), never 0; so is a 0 in
//! `occupied_private_dwellings_2021` (the origin wrote suppressed cells as 0, SOURCES.md),
//! which we do not read. A row whose FSA code is not one is rejected with its reason.
use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::geocode::POPULATION_FILE;
use super::{table, PipelineError};
use crate::domain::gazetteer::Gazetteer;
use crate::domain::insights::census::{CensusBundle, CensusFsa};
use crate::domain::model::Province;

pub const FILE_2021: &str = "population/statcan_2021_fsa_population_dwellings_income.csv";
pub const FILE_AGE: &str = "population/statcan_2016_fsa_age_65plus.csv";

#[derive(Deserialize)]
struct Row2016 {
    fsa: String,
    province_or_territory: String,
    population_2016: String,
}

#[derive(Deserialize)]
struct Row2021 {
    fsa: String,
    province: String,
    population_2021: String,
    total_private_dwellings_2021: String,
    median_household_total_income_2020: String,
}

#[derive(Deserialize)]
struct RowAge {
    fsa: String,
    population_65_plus_2016: String,
}

/// What reading the files found (REPORT.md's census section).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CensusSummary {
    /// (file, rows read, kept, rejected).
    pub files: Vec<(&'static str, usize, usize, usize)>,
    /// Rejected rows: (file, row, reason).
    pub rejected: Vec<(&'static str, usize, String)>,
    /// FSAs of the 2021 census not in 2016's, and the reverse.
    pub new_2021: Vec<String>,
    pub gone_2021: Vec<String>,
    /// Suppressed values: median income, dwellings (2021), people aged 65 and over (2016).
    pub suppressed_income: Vec<String>,
    pub suppressed_dwellings: Vec<String>,
    pub suppressed_senior: Vec<String>,
    /// FSAs with people in 2021 (or 2016) that the gazetteer has no centre for.
    pub unplaced_2021: Vec<String>,
    pub unplaced_2016: Vec<String>,
    pub population_2016: u64,
    pub population_2021: u64,
}

fn fsa_code(s: &str) -> Option<String> {
    let c = s.trim().to_ascii_uppercase();
    let b = c.as_bytes();
    (b.len() == 3 && b[0].is_ascii_alphabetic() && b[1].is_ascii_digit() && b[2].is_ascii_alphabetic()).then_some(c)
}

/// A count; blank, "x" or anything else unreadable is suppressed.
fn count(s: &str) -> Option<u32> {
    s.trim().parse::<u32>().ok()
}

/// Reads `file` of `dir` into rows of `T`, calls `keep` with each row whose FSA code
/// (`fsa` gives it) is one, and counts the rest as rejected.
fn each<T: serde::de::DeserializeOwned>(
    dir: &Path,
    file: &'static str,
    summary: &mut CensusSummary,
    fsa: fn(&T) -> &str,
    mut keep: impl FnMut(String, T),
) -> Result<(), PipelineError> {
    let bytes = super::read_file(&dir.join(file))?;
    let rows = table::rows::<T>(&bytes).map_err(|m| PipelineError::format(Path::new(file), m))?;
    let mut tally = (file, rows.len(), 0, 0);
    for (n, row) in rows {
        let checked = row.and_then(|r| match fsa_code(fsa(&r)) {
            Some(c) => Ok((c, r)),
            None => Err(format!("not an FSA code: {:?}", fsa(&r))),
        });
        match checked {
            Ok((code, r)) => {
                keep(code, r);
                tally.2 += 1;
            }
            Err(reason) => {
                tally.3 += 1;
                summary.rejected.push((file, n, reason));
            }
        }
    }
    summary.files.push(tally);
    Ok(())
}

/// Reads the census files of `dir` into `census.bin`'s content; `gazetteer` says which
/// FSAs have a centre (the Canada total row of the 2016 file is rejected: not an FSA).
pub fn read(dir: &Path, gazetteer: &Gazetteer) -> Result<(CensusBundle, CensusSummary), PipelineError> {
    let mut summary = CensusSummary::default();
    let mut by: BTreeMap<String, CensusFsa> = BTreeMap::new();
    let gaz_province = |code: &str| gazetteer.fsas.iter().find(|f| f.code == code).map(|f| f.province);
    fn entry(by: &mut BTreeMap<String, CensusFsa>, code: String, province: Option<Province>) -> &mut CensusFsa {
        let e = by.entry(code).or_insert_with_key(|c| CensusFsa::new(c.as_str(), province.unwrap_or(Province::ON)));
        if let Some(p) = province {
            e.province = p;
        }
        e
    }
    each(
        dir,
        POPULATION_FILE,
        &mut summary,
        |r: &Row2016| &r.fsa,
        |code, r| {
            let province = Province::parse(&r.province_or_territory).or_else(|| gaz_province(&code));
            entry(&mut by, code, province).population_2016 = count(&r.population_2016);
        },
    )?;
    each(
        dir,
        FILE_2021,
        &mut summary,
        |r: &Row2021| &r.fsa,
        |code, r| {
            let province = Province::parse(&r.province).or_else(|| gaz_province(&code));
            let e = entry(&mut by, code, province);
            e.population_2021 = count(&r.population_2021);
            e.dwellings_2021 = count(&r.total_private_dwellings_2021);
            e.median_income_2020 = count(&r.median_household_total_income_2020);
        },
    )?;
    each(
        dir,
        FILE_AGE,
        &mut summary,
        |r: &RowAge| &r.fsa,
        |code, r| {
            let province = gaz_province(&code);
            entry(&mut by, code, province).age_65_2016 = count(&r.population_65_plus_2016);
        },
    )?;

    let placed = |code: &str| gaz_province(code).is_some();
    for f in by.values() {
        let c = f.code.clone();
        match (f.population_2016.is_some(), f.population_2021.is_some()) {
            (false, true) => summary.new_2021.push(c.clone()),
            (true, false) => summary.gone_2021.push(c.clone()),
            _ => {}
        }
        if f.population_2021.is_some() && f.median_income_2020.is_none() {
            summary.suppressed_income.push(c.clone());
        }
        if f.population_2021.is_some() && f.dwellings_2021.is_none() {
            summary.suppressed_dwellings.push(c.clone());
        }
        if f.population_2016.is_some() && f.age_65_2016.is_none() {
            summary.suppressed_senior.push(c.clone());
        }
        if f.population_2021.is_some_and(|p| p > 0) && !placed(&c) {
            summary.unplaced_2021.push(c.clone());
        }
        if f.population_2016.is_some_and(|p| p > 0) && !placed(&c) {
            summary.unplaced_2016.push(c);
        }
        summary.population_2016 += u64::from(f.population_2016.unwrap_or(0));
        summary.population_2021 += u64::from(f.population_2021.unwrap_or(0));
    }
    Ok((CensusBundle { fsas: by.into_values().collect(), tables: Vec::new() }, summary))
}

/// REPORT.md's census section.
pub fn markdown(s: &CensusSummary) -> String {
    use std::fmt::Write;
    let mut out = String::from("## Census by FSA (insights, census.bin)\n\n");
    let _ = writeln!(out, "| file | rows in | kept | rejected |\n| --- | ---: | ---: | ---: |");
    for (file, rows, kept, rejected) in &s.files {
        let _ = writeln!(out, "| {file} | {rows} | {kept} | {rejected} |");
    }
    let list = |v: &[String]| if v.is_empty() { String::from("none") } else { v.join(" ") };
    let _ = writeln!(
        out,
        "\nPopulation 2016: {}; 2021: {}. New in 2021 ({}): {}. Gone in 2021 ({}): {}.",
        s.population_2016,
        s.population_2021,
        s.new_2021.len(),
        list(&s.new_2021),
        s.gone_2021.len(),
        list(&s.gone_2021)
    );
    let _ = writeln!(
        out,
        "Suppressed (counted nowhere): median household income 2020 ({}): {}; private dwellings 2021 ({}): {}; people 65 and over 2016 ({}): {}.",
        s.suppressed_income.len(),
        list(&s.suppressed_income),
        s.suppressed_dwellings.len(),
        list(&s.suppressed_dwellings),
        s.suppressed_senior.len(),
        list(&s.suppressed_senior)
    );
    let _ = writeln!(
        out,
        "No FSA centre in the gazetteer (left out of distances): 2021 ({}): {}; 2016 ({}): {}.",
        s.unplaced_2021.len(),
        list(&s.unplaced_2021),
        s.unplaced_2016.len(),
        list(&s.unplaced_2016)
    );
    for (file, row, reason) in &s.rejected {
        let _ = writeln!(out, "- rejected: {file} row {row}: {reason}");
    }
    out
}
