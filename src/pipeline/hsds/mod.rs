//! Open data in and out, in Open Referral's Human Services Data Specification (HSDS 3).
//!
//! - **In**: a network is a folder. Every tabular data package under the networks folder
//!   (`../shared/data/networks/` by default, `--network DIR` for more) is checked against
//!   the HSDS schema (`validate`, one validator for import and export) and Guichet's own
//!   rules (`import`), and its valid rows become a network of the bundle; REPORT.md has a
//!   section per package (`package::PackageReport`). `guichet-bundle --check DIR` prints
//!   that section without building.
//! - **Out**: `export` writes the merged points as an HSDS package and GeoJSON under
//!   `public/data/open/`.
//!
//! The convention for what HSDS lacks (network, names in both languages, level,
//! province, Guichet's facts) is in docs/contribute.md and `package`.
use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub mod export;
pub mod import;
pub mod package;
pub mod sample;
pub mod schedule;
pub mod schema;
pub mod validate;

pub use import::{Imported, Inside};
pub use package::PackageReport;
pub use schema::Schema;

/// The packages of the default networks folder (absent: none) and of each `extra` folder,
/// in that order, without repeats.
pub fn package_dirs(default: &Path, extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = package::discover(default);
    for dir in extra {
        let found = package::discover(dir);
        // A folder given by hand that holds no package is reported as one that is broken.
        let found = if found.is_empty() { vec![dir.clone()] } else { found };
        for d in found {
            if !out.contains(&d) {
                out.push(d);
            }
        }
    }
    out
}

/// Reads and imports every package in `dirs`. Their networks get the indexes from
/// `network_base`, their datasets from `dataset_base`; `networks_taken` and `ids_taken`
/// are the network and point ids already used (a package that reuses a network id is
/// unusable; a location whose point id is taken is rejected).
pub fn import_all(
    dirs: &[PathBuf],
    inside: Inside<'_>,
    network_base: u16,
    dataset_base: u8,
    networks_taken: &[String],
    ids_taken: &HashSet<String>,
) -> Vec<Imported> {
    let schema = Schema::hsds();
    let mut taken = ids_taken.clone();
    let mut nets: Vec<String> = networks_taken.to_vec();
    let mut out: Vec<Imported> = Vec::new();
    for (k, dir) in dirs.iter().enumerate() {
        let mut p = package::read(dir, &schema);
        if let Ok(meta) = &p.meta {
            if let Some(n) = meta.networks.iter().find(|n| nets.contains(&n.id)) {
                p.meta = Err(format!("network id \"{}\" is already used by another network", n.id));
            }
        }
        let base = network_base + out.iter().map(|i| i.networks.len() as u16).sum::<u16>();
        let dataset = dataset_base.saturating_add(k as u8);
        let imported = import::import(&mut p, &schema, inside, base, dataset, &taken);
        taken.extend(imported.points.iter().map(|p| p.id.clone()));
        nets.extend(imported.networks.iter().map(|n| n.id.clone()));
        out.push(imported);
    }
    out
}

/// REPORT.md's section on network packages.
pub fn report_section(reports: &[&PackageReport]) -> String {
    let mut s = String::from("\n## Network packages (HSDS)\n\n");
    if reports.is_empty() {
        s.push_str("No package: the networks folder is absent or empty (docs/contribute.md says how to add one).\n");
    }
    for r in reports {
        s.push_str(&r.markdown());
        s.push('\n');
    }
    s
}

/// `guichet-bundle --check DIR`: the packages in `dir` checked and imported as the build
/// would (boundaries from `sources`), without building anything.
pub fn check(sources: &Path, dir: &Path) -> Result<Vec<PackageReport>, super::PipelineError> {
    let boundaries = super::boundaries::Boundaries::load(sources)?;
    let inside = |pos, province| boundaries.distance_km(pos, province);
    let found = package::discover(dir);
    let dirs = if found.is_empty() { vec![dir.to_owned()] } else { found };
    let fixed: Vec<String> = super::networks::all().into_iter().map(|n| n.id).collect();
    Ok(import_all(&dirs, &inside, 0, 0, &fixed, &HashSet::new()).into_iter().map(|i| i.report).collect())
}
