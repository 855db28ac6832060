//! Geocoding, best first: full postal code (GeoNames, 891,910 codes), then FSA centroid,
//! then community name through a gazetteer (GeoNames cities500, Natural Earth places,
//! postal place names; accent- and case-insensitive, province-aware), else no position.
//! Never invents coordinates. Also builds the gazetteer and postal shards of the bundle.
//!
//! Decisions:
//! - A full postal code whose position is shared with codes of *other* place names is a
//!   placeholder (SOURCES.md: rural northern codes such as X0E 0B5/0B6): it still resolves
//!   a user's search (the shard keeps it) but positions an office only with low confidence.
//! - Confidence: urban full code high; rural code (second character 0) medium; FSA
//!   centroid low; community centroid medium for places under 10,000 people or known only
//!   from postal place names, low for larger places (a city centroid says little about
//!   where in the city the office is).
//! - Gazetteer: every cities500 place; Natural Earth gives French names (matched by
//!   GeoNames id, else by folded name and province) and adds the places cities500 lacks;
//!   postal place names add small communities (position: median of that place's
//!   non-placeholder codes, general-delivery codes ending in 0 preferred; population 0).
//! - The reserved FSA H0H (Santa Claus, at the North Pole) is excluded everywhere.
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use crate::domain::gazetteer::{Fsa, Gazetteer, Place, PlaceSource, PostalEntry, PostalShard, SPREAD_SHOWN_KM};
use crate::domain::geo::LatLon;
use crate::domain::model::{Confidence, Geocode, GeocodeMethod, Province};
use crate::domain::text::{fold, non_empty};
use serde::Deserialize;

use crate::pipeline::{read_file, table, DatasetId, Ledger, PipelineError, RowIssue, Tally};

pub const POSTAL_FILE: &str = "postal/geonames_postal_codes_canada.csv.gz";
pub const FSA_FILE: &str = "postal/geonames_fsa_centroids_canada.csv";
pub const POPULATION_FILE: &str = "population/statcan_2016_fsa_population.csv";
pub const CITIES_FILE: &str = "places/geonames_cities500_canada.csv";
pub const NE_PLACES_FILE: &str = "places/ne_10m_populated_places_canada.csv";

/// The reserved FSA of Santa Claus.
pub const RESERVED_FSA: &str = "H0H";

/// Community centroids of places this big or bigger are low confidence.
const SMALL_PLACE: u32 = 10_000;

/// The result of geocoding one record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Located {
    pub pos: Option<LatLon>,
    pub geocode: Geocode,
}

impl Located {
    const NONE: Located = Located { pos: None, geocode: Geocode::NONE };

    fn at(pos: LatLon, method: GeocodeMethod, confidence: Confidence) -> Located {
        Located { pos: Some(pos), geocode: Geocode { method, confidence } }
    }
}

/// One full postal code.
#[derive(Debug, Clone)]
struct Code {
    ldu: String,
    pos: LatLon,
    /// Index into `Geocoder::postal_places`.
    place: u32,
    placeholder: bool,
}

/// The raw reference tables, before they are combined.
#[derive(Debug, Default)]
pub struct References {
    /// (code "A1A 1A1", place, province, lat, lon) rows of the postal file.
    pub postal_csv: Vec<u8>,
    pub fsa_csv: Vec<u8>,
    pub population_csv: Vec<u8>,
    pub cities_csv: Vec<u8>,
    pub ne_places_csv: Vec<u8>,
}

impl References {
    /// Reads the five files under `dir` (the postal file gunzipped).
    pub fn read(dir: &Path) -> Result<References, PipelineError> {
        let gz_path = dir.join(POSTAL_FILE);
        let gz = read_file(&gz_path)?;
        let mut postal_csv = Vec::with_capacity(gz.len() * 5);
        flate2::read::GzDecoder::new(gz.as_slice())
            .read_to_end(&mut postal_csv)
            .map_err(|e| PipelineError::io(&gz_path, e))?;
        Ok(References {
            postal_csv,
            fsa_csv: read_file(&dir.join(FSA_FILE))?,
            population_csv: read_file(&dir.join(POPULATION_FILE))?,
            cities_csv: read_file(&dir.join(CITIES_FILE))?,
            ne_places_csv: read_file(&dir.join(NE_PLACES_FILE))?,
        })
    }
}

pub struct Geocoder {
    /// Full codes by FSA, each list sorted by LDU.
    codes: BTreeMap<String, Vec<Code>>,
    postal_places: Vec<String>,
    fsas: Vec<Fsa>,
    places: Vec<Place>,
    /// (folded name, province) → indexes into `places`, most populous first.
    by_name: HashMap<(String, Province), Vec<u32>>,
    stats: Vec<Tally>,
}

/// A row of the full postal codes file.
#[derive(Deserialize)]
struct PostalRow {
    postal_code: String,
    place_name: String,
    province: String,
    latitude: String,
    longitude: String,
}

/// A row of the 2016 population by FSA.
#[derive(Deserialize)]
struct PopulationRow {
    fsa: String,
    geographic_name: String,
    incompletely_enumerated_reserves_flag: String,
    population_2016: String,
}

/// A row of the FSA centroids.
#[derive(Deserialize)]
struct FsaRow {
    fsa: String,
    place_name: String,
    province: String,
    latitude: String,
    longitude: String,
}

/// A row of GeoNames cities500.
#[derive(Deserialize)]
struct CityRow {
    geonameid: String,
    name: String,
    latitude: String,
    longitude: String,
    province: String,
    population: String,
}

/// A row of Natural Earth populated places.
#[derive(Deserialize)]
struct NePlaceRow {
    name: String,
    name_fr: String,
    adm1name: String,
    pop_max: String,
    latitude: String,
    longitude: String,
    geonameid: String,
}

/// The readable rows of a reference table; unreadable ones are rejected in `ledger`.
fn rows<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    file: &str,
    ledger: &mut Ledger,
) -> Result<Vec<T>, PipelineError> {
    let rows = table::rows::<T>(bytes).map_err(|m| PipelineError::format(Path::new(file), m))?;
    Ok(rows
        .into_iter()
        .filter_map(|(n, row)| row.map_err(|e| ledger.reject(format!("{file} row {n}"), "unreadable-row", e)).ok())
        .collect())
}

/// A finite position inside Canada's bounding box.
fn position(lat: &str, lon: &str) -> Option<LatLon> {
    let (lat, lon) = (lat.trim().parse::<f64>().ok()?, lon.trim().parse::<f64>().ok()?);
    let p = LatLon::new(lat, lon);
    p.in_canada_bbox().then_some(p)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

impl Geocoder {
    /// Loads postal codes, FSA centroids and 2016 populations, and places, from `dir`.
    pub fn load(dir: &Path) -> Result<(Geocoder, Vec<RowIssue>), PipelineError> {
        Geocoder::build(&References::read(dir)?)
    }

    /// Combines the reference tables.
    pub fn build(r: &References) -> Result<(Geocoder, Vec<RowIssue>), PipelineError> {
        let mut ledgers = Vec::new();

        // Full postal codes.
        let mut t = Ledger::new(DatasetId::GeoNamesPostal);
        let mut postal_places: Vec<String> = Vec::new();
        let mut place_ids: HashMap<(String, Province), u32> = HashMap::new();
        let mut place_province: Vec<Province> = Vec::new();
        let mut codes: BTreeMap<String, Vec<Code>> = BTreeMap::new();
        for row in rows::<PostalRow>(&r.postal_csv, POSTAL_FILE, &mut t)? {
            let raw = &row.postal_code;
            let Some(code) = crate::domain::text::postal_code(raw) else {
                t.reject(raw, "malformed-postal-code", format!("{raw:?} is not a postal code"));
                continue;
            };
            let fsa = &code[..3];
            if fsa == RESERVED_FSA {
                t.reject(&code, "reserved-fsa", "H0H is Santa Claus's reserved code");
                continue;
            }
            let Some(province) = Province::parse(&row.province) else {
                t.reject(&code, "unknown-province", format!("province {:?}", row.province));
                continue;
            };
            let Some(pos) = position(&row.latitude, &row.longitude) else {
                t.reject(&code, "position-outside-canada", format!("{},{}", row.latitude, row.longitude));
                continue;
            };
            t.keep();
            let name = non_empty(&row.place_name).unwrap_or_else(|| fsa.to_owned());
            let next = postal_places.len() as u32;
            let place = *place_ids.entry((name.clone(), province)).or_insert_with(|| {
                postal_places.push(name);
                place_province.push(province);
                next
            });
            codes.entry(fsa.to_owned()).or_default().push(Code {
                ldu: code[4..].to_owned(),
                pos: pos.quantised(),
                place,
                placeholder: false,
            });
        }
        // Placeholders: one position shared by codes of different places.
        let mut at: HashMap<(i64, i64), (u32, bool)> = HashMap::new();
        let key = |p: LatLon| ((p.lat * 1e4).round() as i64, (p.lon * 1e4).round() as i64);
        for c in codes.values().flatten() {
            at.entry(key(c.pos)).and_modify(|e| e.1 |= e.0 != c.place).or_insert((c.place, false));
        }
        for list in codes.values_mut() {
            list.sort_by(|a, b| a.ldu.cmp(&b.ldu));
            for c in list.iter_mut() {
                c.placeholder = at[&key(c.pos)].1;
            }
        }

        // FSA centroids (same dataset) and their 2016 population.
        let mut population: HashMap<String, (u32, bool)> = HashMap::new();
        let mut p = Ledger::new(DatasetId::StatCanFsaPopulation);
        for row in rows::<PopulationRow>(&r.population_csv, POPULATION_FILE, &mut p)? {
            let fsa = row.fsa.trim().to_ascii_uppercase();
            if fsa.len() != 3 {
                p.reject(&fsa, "not-an-fsa", format!("aggregate row {:?}", row.geographic_name));
                continue;
            }
            match row.population_2016.trim().parse::<u32>() {
                Ok(n) => {
                    p.keep();
                    population.insert(fsa, (n, row.incompletely_enumerated_reserves_flag.trim() == "T"));
                }
                Err(_) => p.reject(&fsa, "bad-population", format!("{:?}", row.population_2016)),
            }
        }
        ledgers.push(p);

        let mut fsas = Vec::new();
        for row in rows::<FsaRow>(&r.fsa_csv, FSA_FILE, &mut t)? {
            let code = row.fsa.trim().to_ascii_uppercase();
            if code == RESERVED_FSA {
                t.reject(&code, "reserved-fsa", "FSA centroid file");
                continue;
            }
            let (Some(province), Some(pos)) = (Province::parse(&row.province), position(&row.latitude, &row.longitude))
            else {
                t.reject(&code, "bad-fsa-row", "province or position");
                continue;
            };
            t.keep();
            let (pop, incomplete) = match population.get(&code) {
                Some(&(n, flag)) => (Some(n), flag),
                None => (None, false),
            };
            fsas.push(Fsa {
                code,
                province,
                pos: pos.quantised(),
                place: non_empty(&row.place_name).unwrap_or_default(),
                population: pop,
                incomplete,
                spread_km: None, // set by `gazetteer`, once the postal codes are read
            });
        }
        fsas.sort_by(|a, b| a.code.cmp(&b.code));
        ledgers.insert(0, t);

        // Places: cities500, then Natural Earth, then postal place names.
        let mut t = Ledger::new(DatasetId::GeoNamesCities);
        let mut places: Vec<Place> = Vec::new();
        let mut by_geonameid: HashMap<String, usize> = HashMap::new();
        for row in rows::<CityRow>(&r.cities_csv, CITIES_FILE, &mut t)? {
            let id = row.geonameid.trim().to_owned();
            let (Some(name), Some(province), Some(pos)) =
                (non_empty(&row.name), Province::parse(&row.province), position(&row.latitude, &row.longitude))
            else {
                t.reject(&id, "bad-place-row", "name, province or position missing");
                continue;
            };
            t.keep();
            by_geonameid.insert(id, places.len());
            places.push(Place {
                name,
                name_fr: None,
                alt: Vec::new(),
                province,
                pos: pos.quantised(),
                population: row.population.trim().parse().unwrap_or(0),
                source: PlaceSource::GeoNames,
            });
        }
        ledgers.push(t);

        let mut t = Ledger::new(DatasetId::NaturalEarthPlaces);
        for row in rows::<NePlaceRow>(&r.ne_places_csv, NE_PLACES_FILE, &mut t)? {
            let (Some(name), Some(province), Some(pos)) =
                (non_empty(&row.name), Province::parse(&row.adm1name), position(&row.latitude, &row.longitude))
            else {
                t.reject(&row.name, "bad-place-row", "name, province or position missing");
                continue;
            };
            t.keep();
            let name_fr = non_empty(&row.name_fr);
            let geonameid = row.geonameid.trim().trim_end_matches(".0").to_owned();
            let folded = fold(&name);
            let existing = by_geonameid
                .get(&geonameid)
                .copied()
                .or_else(|| places.iter().position(|p| p.province == province && fold(&p.name) == folded));
            match existing {
                Some(i) => {
                    let p = &mut places[i];
                    if let Some(fr) = name_fr.filter(|fr| *fr != p.name) {
                        p.name_fr = Some(fr);
                    }
                    if name != p.name && !p.alt.contains(&name) && fold(&name) != fold(&p.name) {
                        p.alt.push(name);
                    }
                }
                None => places.push(Place {
                    name_fr: name_fr.filter(|fr| *fr != name),
                    name,
                    alt: Vec::new(),
                    province,
                    pos: pos.quantised(),
                    population: row.pop_max.trim().parse::<f64>().map_or(0, |n| n as u32),
                    source: PlaceSource::NaturalEarth,
                }),
            }
        }
        ledgers.push(t);

        let mut known: std::collections::HashSet<(String, Province)> = places
            .iter()
            .flat_map(|p| std::iter::once(&p.name).chain(&p.name_fr).chain(&p.alt).map(move |n| (fold(n), p.province)))
            .collect();
        let mut positions: Vec<(Vec<f64>, Vec<f64>, bool)> = vec![(Vec::new(), Vec::new(), false); postal_places.len()];
        for c in codes.values().flatten().filter(|c| !c.placeholder) {
            let general = c.ldu.ends_with('0');
            let e = &mut positions[c.place as usize];
            if general && !e.2 {
                // First general-delivery code: forget ordinary codes collected so far.
                *e = (Vec::new(), Vec::new(), true);
            }
            if general || !e.2 {
                e.0.push(c.pos.lat);
                e.1.push(c.pos.lon);
            }
        }
        let mut added: Vec<Place> = Vec::new();
        for (i, name) in postal_places.iter().enumerate() {
            let province = place_province[i];
            let (lats, lons, _) = std::mem::take(&mut positions[i]);
            if lats.is_empty() || !known.insert((fold(name), province)) {
                continue;
            }
            added.push(Place {
                name: name.clone(),
                name_fr: None,
                alt: Vec::new(),
                province,
                pos: LatLon::new(median(lats), median(lons)).quantised(),
                population: 0,
                source: PlaceSource::PostalPlace,
            });
        }
        places.extend(added);
        places.sort_by(|a, b| {
            b.population
                .cmp(&a.population)
                .then_with(|| a.province.cmp(&b.province))
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.source.cmp(&b.source))
        });
        let mut by_name: HashMap<(String, Province), Vec<u32>> = HashMap::new();
        for (i, p) in places.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.name_fr).chain(&p.alt) {
                let list = by_name.entry((fold(n), p.province)).or_default();
                if !list.contains(&(i as u32)) {
                    list.push(i as u32);
                }
            }
        }
        let stats = ledgers.iter().map(|l| l.tally).collect();
        let mut issues: Vec<RowIssue> = ledgers.into_iter().flat_map(|l| l.issues).collect();
        issues.sort();
        Ok((Geocoder { codes, postal_places, fsas, places, by_name, stats }, issues))
    }

    /// Locates a record: full postal code, then its FSA, then `community` in `province`.
    pub fn locate(&self, postal_code: Option<&str>, community: &str, province: Province) -> Located {
        if let Some(code) = postal_code.and_then(crate::domain::text::postal_code) {
            let fsa = &code[..3];
            if let Some(located) = self.full_code(&code) {
                return located;
            }
            if let Ok(i) = self.fsas.binary_search_by(|f| f.code.as_str().cmp(fsa)) {
                // A rural FSA spans hundreds of km: its centroid is worse than the community.
                let located = self.community(community, province);
                if fsa.as_bytes()[1] != b'0' || located.pos.is_none() {
                    return Located::at(self.fsas[i].pos, GeocodeMethod::Fsa, Confidence::Low);
                }
                return located;
            }
        }
        self.community(community, province)
    }

    /// The point of a full postal code ("A1A 1A1"), when GeoNames has it: high confidence
    /// for an urban code, medium for a rural one (second character 0), low for a
    /// placeholder position shared with other places' codes.
    pub fn full_code(&self, postal_code: &str) -> Option<Located> {
        let code = crate::domain::text::postal_code(postal_code)?;
        let (fsa, ldu) = (&code[..3], &code[4..]);
        let c = self.code(fsa, ldu)?;
        let confidence = if c.placeholder {
            Confidence::Low
        } else if fsa.as_bytes()[1] == b'0' {
            Confidence::Medium
        } else {
            Confidence::High
        };
        Some(Located::at(c.pos, GeocodeMethod::PostalCode, confidence))
    }

    fn code(&self, fsa: &str, ldu: &str) -> Option<&Code> {
        let list = self.codes.get(fsa)?;
        list.binary_search_by(|c| c.ldu.as_str().cmp(ldu)).ok().map(|i| &list[i])
    }

    /// The gazetteer place for `community` in `province`, trying in turn: the name; the
    /// name without a parenthesised part or a trailing "First Nation(s)"/"Reserve"; each
    /// part of "A - B" or "A/B" (then the parenthesised part: "Sainte-Foy (Québec)");
    /// the name with trailing words dropped ("Ottawa East" → Ottawa); a place whose name
    /// contains the words ("Happy Valley" → Happy Valley-Goose Bay). The most populous
    /// match wins at each step.
    fn community(&self, community: &str, province: Province) -> Located {
        let Some(i) = self.find_place(community, province) else { return Located::NONE };
        let p = &self.places[i as usize];
        let confidence = if p.source == PlaceSource::PostalPlace || p.population < SMALL_PLACE {
            Confidence::Medium
        } else {
            Confidence::Low
        };
        Located::at(p.pos, GeocodeMethod::Community, confidence)
    }

    fn find_place(&self, community: &str, province: Province) -> Option<u32> {
        let exact = |name: &str| self.by_name.get(&(name.to_owned(), province)).and_then(|l| l.first().copied());
        let strip = |s: &str| {
            let mut f = fold(s.split('(').next().unwrap_or(s));
            for suffix in [" first nations", " first nation", " indian reserve", " reserve"] {
                if let Some(rest) = f.strip_suffix(suffix) {
                    f = rest.to_owned();
                }
            }
            f
        };
        let whole = strip(community);
        if let Some(i) = exact(&fold(community)).or_else(|| exact(&whole)) {
            return Some(i);
        }
        let inner = community.split_once('(').map(|(_, rest)| rest.trim_end_matches(')'));
        let parts: Vec<String> =
            community.split(" - ").flat_map(|p| p.split('/')).map(strip).chain(inner.map(fold)).collect();
        if let Some(i) = parts.iter().find_map(|p| exact(p)) {
            return Some(i);
        }
        let words: Vec<&str> = whole.split(' ').collect();
        for n in (1..words.len()).rev() {
            let head = words[..n].join(" ");
            if head.len() >= 4 {
                if let Some(i) = exact(&head) {
                    return Some(i);
                }
            }
        }
        if whole.len() < 4 {
            return None;
        }
        let padded = format!(" {whole} ");
        self.by_name
            .iter()
            .filter(|((name, p), _)| *p == province && format!(" {name} ").contains(&padded))
            .flat_map(|(_, list)| list.first().copied())
            .min() // places are sorted by population, most populous first
    }

    /// The gazetteer for the bundle (places and FSAs, with each rural area's spread).
    pub fn gazetteer(&self) -> Gazetteer {
        let mut fsas = self.fsas.clone();
        for f in fsas.iter_mut().filter(|f| Fsa::rural_code(&f.code)) {
            f.spread_km = self.codes.get(&f.code).and_then(|list| spread_km(f.pos, list));
        }
        Gazetteer { places: self.places.clone(), fsas }
    }

    /// One shard per FSA, sorted by FSA.
    pub fn postal_shards(&self) -> Vec<PostalShard> {
        self.codes
            .iter()
            .map(|(fsa, list)| {
                let mut names: Vec<u32> = list.iter().map(|c| c.place).collect();
                names.sort_unstable();
                names.dedup();
                let local = |p: u32| names.binary_search(&p).expect("place listed") as u16;
                PostalShard {
                    fsa: fsa.clone(),
                    places: names.iter().map(|&p| self.postal_places[p as usize].clone()).collect(),
                    entries: list
                        .iter()
                        .map(|c| PostalEntry { ldu: c.ldu.clone(), pos: c.pos, place: local(c.place) })
                        .collect(),
                }
            })
            .collect()
    }

    /// Rows read, kept and rejected per reference dataset.
    pub fn stats(&self) -> Vec<Tally> {
        self.stats.clone()
    }
}

/// The distance (km, rounded up) from an area's centre to its farthest full postal code
/// that is not a placeholder, when over [`SPREAD_SHOWN_KM`].
fn spread_km(centre: LatLon, codes: &[Code]) -> Option<u16> {
    let far = codes.iter().filter(|c| !c.placeholder).map(|c| centre.distance_m(c.pos)).fold(0.0, f64::max);
    let km = (far / 1000.0).ceil().min(f64::from(u16::MAX)) as u16;
    (km > SPREAD_SHOWN_KM).then_some(km)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_area_spread_is_its_farthest_real_code_when_far() {
        // Along a meridian, one degree of latitude is 111.195 km.
        let centre = LatLon::new(60.0, -90.0);
        let code = |km: f64, placeholder| Code {
            ldu: String::from("0A0"),
            pos: LatLon::new(60.0 + km / 111.195, -90.0),
            place: 0,
            placeholder,
        };
        assert_eq!(spread_km(centre, &[code(3.0, false), code(9.9, false)]), None);
        assert_eq!(spread_km(centre, &[code(3.0, false), code(42.2, false)]), Some(43));
        // A placeholder's position is another place's: it does not count.
        assert_eq!(spread_km(centre, &[code(3.0, false), code(900.0, true)]), None);
        assert_eq!(spread_km(centre, &[]), None);
    }

    fn refs() -> References {
        References {
            postal_csv: b"postal_code,place_name,province,latitude,longitude\n\
K1A 0B1,Ottawa,ON,45.4215,-75.6972\n\
K1A 0A6,Ottawa,ON,45.4230,-75.7000\n\
X0E 0B5,Fort Providence,NT,63.8302,-117.3881\n\
X0E 0B6,Kakisa,NT,63.8302,-117.3881\n\
X0E 0A0,Aklavik,NT,68.2210,-135.0044\n\
X0E 0A7,Aklavik,NT,68.3000,-135.1000\n\
H0H 0H0,Reserved (Santa Claus),QC,90,0\n\
BAD,Nowhere,ON,45,-75\n"
                .to_vec(),
            fsa_csv: b"fsa,place_name,province_name,province,latitude,longitude,geonames_accuracy\n\
K1A,Ottawa (Parliament Hill),Ontario,ON,45.4215,-75.7,6\n\
X0E,Western Northwest Territories,Northwest Territories,NT,63.0,-120.0,6\n\
H0H,Reserved,Quebec,QC,90,0,6\n"
                .to_vec(),
            population_csv: b"fsa,geographic_name,province_or_territory,incompletely_enumerated_reserves_flag,population_2016,total_private_dwellings_2016,private_dwellings_occupied_2016\n\
01,Canada,,T,35151728,1,1\n\
K1A,K1A,Ontario,,0,0,0\n\
X0E,X0E,Northwest Territories,T,25000,1,1\n"
                .to_vec(),
            cities_csv: b"geonameid,name,asciiname,latitude,longitude,feature_code,province,geonames_admin1,geonames_admin2,geonames_admin3,population,elevation,dem,timezone,modification_date,alternate_names_latin\n\
6094817,Ottawa,Ottawa,45.41117,-75.69812,PPLC,ON,08,,,812129,,71,America/Toronto,2019,\n\
6325494,Qu\xc3\xa9bec,Quebec,46.81228,-71.21454,PPLA,QC,10,,,531902,,52,America/Toronto,2019,\n\
6137270,Saint John,Saint John,45.27271,-66.06766,PPL,NB,04,,,87857,,,America/Moncton,2019,\n"
                .to_vec(),
            ne_places_csv: b"name,name_fr,nameascii,namealt,adm1name,featurecla,scalerank,pop_max,pop_min,latitude,longitude,geonameid,wikidataid,ne_id\n\
Quebec,Qu\xc3\xa9bec,Quebec,,Qu\xc3\xa9bec,Admin-1 capital,3,624177,1,46.84,-71.245,6325494.0,Q2145,\n\
Iqaluit,Iqaluit,Iqaluit,,Nunavut,Admin-1 capital,6,6124,1,63.75,-68.5,5983720.0,Q2096,\n"
                .to_vec(),
        }
    }

    #[test]
    fn postal_codes_resolve_best_first_and_placeholders_are_low_confidence() {
        let (g, issues) = Geocoder::build(&refs()).unwrap();
        let ottawa = g.locate(Some("k1a0b1"), "Ottawa", Province::ON);
        assert_eq!(ottawa.geocode, Geocode { method: GeocodeMethod::PostalCode, confidence: Confidence::High });
        assert_eq!(ottawa.pos, Some(LatLon::new(45.4215, -75.6972)));
        let kakisa = g.locate(Some("X0E 0B6"), "Kakisa", Province::NT);
        assert_eq!(kakisa.geocode.confidence, Confidence::Low, "shared with Fort Providence");
        let aklavik = g.locate(Some("X0E 0A0"), "Aklavik", Province::NT);
        assert_eq!(aklavik.geocode.confidence, Confidence::Medium, "rural code");
        // Unknown code of a known urban FSA: its centroid.
        let fsa = g.locate(Some("K1A 9Z9"), "Nowhere", Province::ON);
        assert_eq!(fsa.geocode.method, GeocodeMethod::Fsa);
        // Unknown code of a rural FSA with a known community: the community.
        let rural = g.locate(Some("X0E 9Z9"), "Aklavik", Province::NT);
        assert_eq!(rural.geocode.method, GeocodeMethod::Community);
        assert_eq!(rural.pos, Some(LatLon::new(68.221, -135.0044)), "general-delivery code preferred");
        assert!(issues.iter().any(|i| i.code == "reserved-fsa"));
        assert!(issues.iter().any(|i| i.code == "malformed-postal-code"));
    }

    #[test]
    fn communities_resolve_by_folded_name_within_the_province() {
        let (g, _) = Geocoder::build(&refs()).unwrap();
        let q = g.locate(None, "QUEBEC", Province::QC);
        assert_eq!(q.geocode, Geocode { method: GeocodeMethod::Community, confidence: Confidence::Low });
        assert_eq!(g.locate(None, "Quebec", Province::ON), Located::NONE, "wrong province");
        assert_eq!(g.locate(None, "St. John", Province::NB).geocode.method, GeocodeMethod::Community);
        assert_eq!(g.locate(None, "saint-john", Province::NB).geocode.method, GeocodeMethod::Community);
        assert_eq!(g.locate(None, "Aklavik First Nation", Province::NT).geocode.confidence, Confidence::Medium);
        assert_eq!(g.locate(None, "Neskantaga", Province::ON), Located::NONE, "never invented");
        let ottawa = g.locate(None, "Ottawa", Province::ON).pos;
        assert_eq!(g.locate(None, "Ottawa East", Province::ON).pos, ottawa, "trailing words dropped");
        assert_eq!(g.locate(None, "Ottawa - Vanier", Province::ON).pos, ottawa, "parts");
        assert_eq!(g.locate(None, "Vanier (Ottawa)", Province::ON).pos, ottawa, "parenthesised part");
        assert_eq!(g.locate(None, "John", Province::NB).pos, g.locate(None, "Saint John", Province::NB).pos, "words");
        assert_eq!(g.locate(None, "Joh", Province::NB), Located::NONE, "too short to search inside names");
    }

    #[test]
    fn gazetteer_merges_sources_and_shards_cover_every_code() {
        let (g, _) = Geocoder::build(&refs()).unwrap();
        let gaz = g.gazetteer();
        let quebec = gaz.places.iter().find(|p| p.name == "Québec").unwrap();
        assert_eq!((quebec.name_fr.as_deref(), quebec.alt.len()), (None, 0), "NE adds nothing new to Québec");
        assert!(gaz.places.iter().any(|p| p.name == "Iqaluit" && p.source == PlaceSource::NaturalEarth));
        assert!(gaz.places.iter().any(|p| p.name == "Aklavik" && p.source == PlaceSource::PostalPlace));
        assert!(!gaz.places.iter().any(|p| p.name == "Ottawa" && p.source == PlaceSource::PostalPlace));
        assert_eq!(gaz.fsas.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["K1A", "X0E"]);
        assert_eq!(gaz.fsas[1].population, Some(25000));
        assert!(gaz.fsas[1].incomplete);
        let shards = g.postal_shards();
        assert_eq!(shards.iter().map(|s| s.fsa.as_str()).collect::<Vec<_>>(), ["K1A", "X0E"]);
        let x0e = &shards[1];
        assert_eq!(x0e.entries.iter().map(|e| e.ldu.as_str()).collect::<Vec<_>>(), ["0A0", "0A7", "0B5", "0B6"]);
        assert_eq!(x0e.places[x0e.entries[3].place as usize], "Kakisa");
        let total: usize = shards.iter().map(|s| s.entries.len()).sum();
        assert_eq!(total, 6);
        let postal = g.stats().into_iter().find(|s| s.dataset == DatasetId::GeoNamesPostal).unwrap();
        // The full codes (8 rows: 6 kept) and the FSA centroids (3 rows, H0H rejected).
        assert_eq!((postal.rows_in, postal.kept, postal.rejected), (11, 8, 3));
    }
}
