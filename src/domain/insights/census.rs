//! Census figures by FSA for the insights' "who is left out" and scenarios (issue 20), as
//! the pipeline writes them to `census.bin` (an insights-only file: the citizen's first
//! visit never fetches it).
//!
//! Every figure names its census: population 2016 and 2021, private dwellings 2021,
//! median total income of households in 2020 (asked in the 2021 census), people aged 65
//! and over 2016. The FSA sets differ between the two censuses (20 FSAs new in 2021, 15
//! gone): each FSA of either census is one row, the figures of the census it is absent
//! from are `None` (it had nobody then, as far as that census is concerned). Suppressed
//! values are `None` too, never 0, and are counted apart wherever a figure sums them.
//!
//! Tables the data does not have yet (official-language minority, Indigenous identity by
//! FSA) come as [`FsaTable`]s: counts of people by FSA with the language of service that
//! matches them, if any; the page then measures how many of them are within reach of an
//! office serving in that language ([`super::leftout`]).
use serde::{Deserialize, Serialize};

use super::Area;
use crate::domain::gazetteer::Fsa;
use crate::domain::model::Province;

/// The census whose population the coverage figures count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Year {
    #[default]
    Y2016,
    Y2021,
}

impl Year {
    pub const ALL: [Year; 2] = [Year::Y2016, Year::Y2021];

    pub const fn number(self) -> u16 {
        match self {
            Year::Y2016 => 2016,
            Year::Y2021 => 2021,
        }
    }

    pub fn parse(s: &str) -> Option<Year> {
        Year::ALL.into_iter().find(|y| y.number().to_string() == s)
    }
}

/// One FSA's figures. `None`: not in that census, or suppressed there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CensusFsa {
    pub code: String,
    pub province: Province,
    pub population_2016: Option<u32>,
    pub population_2021: Option<u32>,
    /// Total private dwellings, 2021.
    pub dwellings_2021: Option<u32>,
    /// Median total income of households in 2020 (2021 census), dollars before tax.
    pub median_income_2020: Option<u32>,
    /// People aged 65 and over, 2016.
    pub age_65_2016: Option<u32>,
}

impl CensusFsa {
    /// An FSA with no figures yet.
    pub fn new(code: impl Into<String>, province: Province) -> CensusFsa {
        CensusFsa {
            code: code.into(),
            province,
            population_2016: None,
            population_2021: None,
            dwellings_2021: None,
            median_income_2020: None,
            age_65_2016: None,
        }
    }

    /// The population of `year`.
    pub fn population(&self, year: Year) -> Option<u32> {
        match year {
            Year::Y2016 => self.population_2016,
            Year::Y2021 => self.population_2021,
        }
    }
}

/// A count of people by FSA that the census data does not have yet (first official
/// language spoken, Indigenous identity…), with the language of service that serves them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FsaTable {
    /// Message id of its name on the page.
    pub label: String,
    pub year: u16,
    /// `Some(true)` French, `Some(false)` English: offices serving in that language are the
    /// ones that count; `None`: any office.
    pub french: Option<bool>,
    /// (FSA code, people), sorted by code.
    pub rows: Vec<(String, u32)>,
}

/// `census.bin`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CensusBundle {
    /// Every FSA of the 2016 or 2021 census, sorted by code.
    pub fsas: Vec<CensusFsa>,
    /// Further tables by FSA (none in the current sources).
    pub tables: Vec<FsaTable>,
}

impl CensusBundle {
    pub fn find(&self, code: &str) -> Option<&CensusFsa> {
        self.fsas.binary_search_by(|f| f.code.as_str().cmp(code)).ok().map(|i| &self.fsas[i])
    }
}

/// The demand side for `year`: every gazetteer FSA that has a population in either
/// census, with `year`'s population (0 where that census has none), so that the 2016
/// and 2021 figures share one set of FSA positions. Without a census file, the
/// gazetteer's own 2016 populations ([`super::areas`]).
///
/// ```
/// use guichet::domain::geo::LatLon;
/// use guichet::domain::gazetteer::Fsa;
/// use guichet::domain::insights::census::{areas_for, CensusBundle, CensusFsa, Year};
/// use guichet::domain::model::Province;
/// let fsas = vec![Fsa::bare("K0A", LatLon::new(45.0, -76.0), Some(100)), Fsa::bare("K1A", LatLon::new(45.4, -75.7), None)];
/// let census = CensusBundle {
///     fsas: vec![
///         CensusFsa { population_2016: Some(100), population_2021: Some(120), ..CensusFsa::new("K0A", Province::ON) },
///         CensusFsa { population_2021: Some(30), ..CensusFsa::new("K1A", Province::ON) },
///     ],
///     tables: vec![],
/// };
/// let a = areas_for(&fsas, Some(&census), Year::Y2021);
/// assert_eq!(a.iter().map(|a| (a.code.as_str(), a.population)).collect::<Vec<_>>(), [("K0A", 120), ("K1A", 30)]);
/// let b = areas_for(&fsas, Some(&census), Year::Y2016);
/// assert_eq!(b.iter().map(|a| (a.code.as_str(), a.population)).collect::<Vec<_>>(), [("K0A", 100), ("K1A", 0)]);
/// assert!(a[0].approximate && !a[1].approximate);
/// ```
pub fn areas_for(fsas: &[Fsa], census: Option<&CensusBundle>, year: Year) -> Vec<Area> {
    let Some(census) = census else { return super::areas(fsas) };
    fsas.iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let c = census.find(&f.code)?;
            if c.population_2016.is_none() && c.population_2021.is_none() {
                return None;
            }
            Some(Area {
                fsa: i as u32,
                code: f.code.clone(),
                province: f.province,
                pos: f.pos,
                population: c.population(year).unwrap_or(0),
                approximate: Fsa::rural_code(&f.code),
                incomplete: f.incomplete,
            })
        })
        .collect()
}

/// The census FSAs with a population in `year` that the gazetteer cannot place (no
/// centroid): their codes and people, left out of every distance figure and said so.
pub fn unplaced(fsas: &[Fsa], census: &CensusBundle, year: Year) -> (Vec<String>, u64) {
    let mut codes = Vec::new();
    let mut people = 0u64;
    for c in &census.fsas {
        let Some(p) = c.population(year) else { continue };
        if p > 0 && !fsas.iter().any(|f| f.code == c.code) {
            codes.push(c.code.clone());
            people += u64::from(p);
        }
    }
    (codes, people)
}
