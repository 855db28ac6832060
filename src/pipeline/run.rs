//! The whole pipeline: read → geocode → validate → merge → assemble → write, plus road
//! distances when a road network is given (`pipeline::roads`).
//!
//! [`build`] produces every output file in memory (deterministic: same sources and build
//! date give the same bytes); [`write()`] puts them in the output directory and removes
//! stale shards.
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::bundle::{
    self, CoreBundle, Counts, FileEntry, LayerBundle, Manifest, PostalIndex, RoadBundle, ShardEntry, SourceEntry,
};
use crate::domain::model::{Geocode, GeocodeMethod, Network, Point, Retired, Text, SCHEMA_VERSION};
use crate::domain::service::ServiceCatalogue;
use crate::domain::text::postal_code;
use crate::domain::tz::TimeZone;
use crate::pipeline::boundaries::Boundaries;
use crate::pipeline::geocode::Geocoder;
use crate::pipeline::hsds::{self, PackageReport};
use crate::pipeline::roads::{ReadSummary, RoadNetwork};
use crate::pipeline::services::{self as services, ServicesSummary};
use crate::pipeline::{
    basemap, merge, networks, provincial_services, report, sources, DatasetId, NetworkId, PipelineError, RowIssue,
    Severity, Tally,
};

/// How far (km) outside its stated province a source position may lie before it is
/// distrusted: the 1:50m boundaries are off by a few km at coasts and along the Ottawa
/// River (StatCan's simplified boundaries; measured on the real sources, see the report).
pub const PROVINCE_TOLERANCE_KM: f64 = 5.0;

/// What to build.
#[derive(Debug, Clone)]
pub struct Options {
    /// The sources directory (layout of `../shared/data`).
    pub sources: PathBuf,
    /// YYYY-MM-DD written into the manifest.
    pub build_date: String,
    /// A road network (GeoJSON line strings): when given, `roads.bin` is built from it.
    pub roads: Option<PathBuf>,
    /// Network packages (HSDS) besides those of `<sources>/networks/`: each folder is a
    /// package or holds packages (`pipeline::hsds`).
    pub networks: Vec<PathBuf>,
}

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    /// Path relative to the bundle directory.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Everything the pipeline produced.
#[derive(Debug, Clone)]
pub struct Build {
    pub manifest: Manifest,
    pub core: CoreBundle,
    pub libraries: LayerBundle,
    /// `services.bin` (public view) and `services-other.bin`.
    pub services: ServiceCatalogue,
    pub services_other: ServiceCatalogue,
    pub services_summary: ServicesSummary,
    /// Road distances (`roads.bin`) and what reading the road file found, with `--roads`.
    pub roads: Option<(RoadBundle, ReadSummary)>,
    /// `census.bin` and what reading its files found (issue 20).
    pub census: (crate::bundle::CensusBundle, crate::pipeline::census::CensusSummary),
    /// Bundle files (core, libraries, services, postal index and shards), not the manifest.
    pub files: Vec<OutFile>,
    /// Every row issue, sorted.
    pub issues: Vec<RowIssue>,
    /// Co-location and coverage on this bundle (REPORT.md).
    pub figures: report::Figures,
    /// Wall time per stage, and the process's peak resident memory in bytes at its end
    /// where the system says (Linux); not written anywhere that must be deterministic.
    pub timings: Vec<(&'static str, Duration, Option<u64>)>,
    /// What became of each network package (REPORT.md's section per package).
    pub packages: Vec<PackageReport>,
}

/// Runs the pipeline in memory.
pub fn build(opts: &Options) -> Result<Build, PipelineError> {
    let mut timings = Vec::new();
    let mut clock = Instant::now();
    let mut lap = |name: &'static str, timings: &mut Vec<(&'static str, Duration, Option<u64>)>| {
        timings.push((name, clock.elapsed(), peak_rss()));
        clock = Instant::now();
    };

    let (geocoder, mut issues) = Geocoder::load(&opts.sources)?;
    let boundaries = Boundaries::load(&opts.sources)?;
    lap("reference data", &mut timings);

    let postal = |code: &str| geocoder.full_code(code);
    let sources::Read { outputs, retired: retired_points } = sources::read_all(&opts.sources, &postal)?;
    let inventory = sources::services::read(&opts.sources)?;
    lap("sources", &mut timings);

    fn curated<T>(file: &str, r: Result<T, String>) -> Result<T, PipelineError> {
        r.map_err(|m| PipelineError::format(Path::new(&format!("data/services/{file}")), m))
    }
    let synonyms = curated("synonyms.csv", services::parse_synonyms(services::SYNONYMS))?;
    let events = curated("life_events.csv", services::parse_life_events(services::LIFE_EVENTS))?;
    let rules = curated("delivery.csv", services::parse_delivery(services::DELIVERY))?;
    let federal = curated("federal.csv", services::parse_federal(services::FEDERAL))?;
    let provincial_rows =
        curated("provincial.csv", provincial_services::parse_provincial(provincial_services::PROVINCIAL))?;
    let context = curated("provincial_context.csv", provincial_services::parse_context(provincial_services::CONTEXT))?;
    let curated_rows =
        synonyms.len() + events.len() + rules.len() + federal.len() + provincial_rows.len() + context.len();
    issues.extend(inventory.issues.iter().cloned());

    let dataset_ids: Vec<String> = DatasetId::ALL.iter().map(|d| d.dataset().id).collect();
    let mut tallies: BTreeMap<DatasetId, Tally> = BTreeMap::new();
    tallies.insert(DatasetId::ServiceInventory, inventory.tally);
    tallies.insert(DatasetId::ServiceCurated, Tally::all_kept(DatasetId::ServiceCurated, curated_rows));
    let mut points = Vec::new();
    for out in outputs {
        tallies.insert(out.tally.dataset, out.tally);
        issues.extend(out.issues);
        let source_id = out.tally.dataset.dataset().id;
        for p in out.points {
            points.push(place(p, &source_id, &geocoder, &boundaries, &mut issues));
        }
    }
    // Offices no longer listed: placed like the others (for "nearest current offices"),
    // their issues left out (they are not in the bundle's points).
    let old_source = DatasetId::ServiceCanada.dataset().id;
    let mut retired: Vec<Retired> = retired_points
        .into_iter()
        .map(|p| place(p, &old_source, &geocoder, &boundaries, &mut Vec::new()))
        .map(|p| Retired {
            id: p.id,
            name: p.name,
            community: p.community,
            province: p.province,
            pos: p.pos,
            network: p.network,
        })
        .collect();
    retired.sort_by(|a, b| a.id.cmp(&b.id));
    lap("geocode and validate", &mut timings);

    // Networks published as HSDS packages: each a network (and a dataset) of its own.
    let inside = |pos, province| boundaries.distance_km(pos, province);
    let package_dirs = hsds::package_dirs(&opts.sources.join("networks"), &opts.networks);
    let taken: HashSet<String> = points.iter().map(|p: &Point| p.id.clone()).collect();
    let fixed_networks: Vec<String> = networks::all().into_iter().map(|n| n.id).collect();
    let imported = hsds::import_all(
        &package_dirs,
        &inside,
        NetworkId::ALL.len() as u16,
        DatasetId::ALL.len() as u8,
        &fixed_networks,
        &taken,
    );
    let mut networks_list = networks::all();
    let mut package_entries = Vec::new();
    let mut keyed = vec![DatasetId::ServiceCanada2026.index()];
    let mut packages = Vec::new();
    for (k, imp) in imported.into_iter().enumerate() {
        keyed.push((DatasetId::ALL.len() + k) as u8);
        for (record, why) in &imp.rejected {
            issues.push(RowIssue::new(
                &imp.dataset.id,
                record.clone(),
                Severity::Rejected,
                "hsds-invalid",
                why.clone(),
            ));
        }
        package_entries.push((imp.dataset.clone(), imp.rows_in, imp.points.len(), imp.rejected.len()));
        networks_list.extend(imp.networks);
        for p in imp.points {
            points.push(place(p, &imp.dataset.id, &geocoder, &boundaries, &mut issues));
        }
        packages.push(imp.report);
    }
    lap("network packages", &mut timings);

    // The 2026 office finder's ids are the offices' own codes: its records never merge;
    // nor do a package's, which are its own network.
    let (points, merge_issues) = merge::merge(points, &dataset_ids, &keyed);
    issues.extend(merge_issues);
    // The NWT partners' host, from the territorial list's centre in the same community.
    let mut points = points;
    crate::pipeline::collaboration::name_partners(&mut points, NetworkId::NwtSwsc.index());
    lap("merge", &mut timings);

    // A website that its network's template gives is not stored (a few kilobytes of
    // core.bin): `Point::website` fills it in.
    for p in &mut points {
        if let Some(n) = networks_list.get(usize::from(p.network)) {
            if !n.point_website.is_empty() && p.website == n.page_of(p.code()) {
                p.website = Text::default();
            }
        }
    }

    let libraries_net = NetworkId::Libraries.index();
    let (library_points, service_points): (Vec<Point>, Vec<Point>) =
        points.into_iter().partition(|p| p.network == libraries_net);
    let gazetteer = geocoder.gazetteer();
    let (basemap, lake_stats) = basemap::build(&opts.sources, &gazetteer)?;
    let mut reference_stats = geocoder.stats();
    reference_stats.push(boundaries.stats());
    reference_stats.extend(lake_stats);
    let service_points = sorted(service_points);
    lap("gazetteer and basemap", &mut timings);

    // Services: the inventory with the curated tables, and the provincial services linked
    // to the points whose lists of services name them.
    let provincial = services::Provincial {
        linking: provincial_services::link(&provincial_rows, &context, &listed(&service_points)),
        rows: provincial_rows,
    };
    let services::Assembled {
        public: services_public,
        other: services_other,
        in_person,
        summary: services_summary,
        issues: service_issues,
    } = services::assemble(&inventory, synonyms, &events, &rules, &federal, &provincial);
    issues.extend(service_issues);
    lap("services", &mut timings);

    let core = CoreBundle { networks: networks_list, points: service_points, gazetteer, basemap, in_person, retired };
    let libraries = LayerBundle { points: sorted(library_points) };
    let figures = report::Figures::of(&core);
    let census = crate::pipeline::census::read(&opts.sources, &core.gazetteer)?;
    lap("figures and census", &mut timings);

    let roads = match &opts.roads {
        Some(path) => {
            let network = RoadNetwork::read(path)?;
            let name =
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            let solved = network.solve(&name, &core);
            lap("roads", &mut timings);
            Some((solved, network.summary))
        }
        None => None,
    };

    let mut files = vec![
        OutFile { path: bundle::CORE.into(), bytes: bundle::encode(&core) },
        OutFile { path: bundle::LIBRARIES.into(), bytes: bundle::encode(&libraries) },
        OutFile { path: bundle::SERVICES.into(), bytes: bundle::encode(&services_public) },
        OutFile { path: bundle::SERVICES_OTHER.into(), bytes: bundle::encode(&services_other) },
        OutFile { path: bundle::CENSUS.into(), bytes: bundle::encode(&census.0) },
    ];
    if let Some((r, _)) = &roads {
        files.push(OutFile { path: bundle::ROADS.into(), bytes: bundle::encode(r) });
    }
    let mut index = PostalIndex::default();
    let mut postal_codes = 0u32;
    for shard in geocoder.postal_shards() {
        postal_codes += shard.entries.len() as u32;
        let bytes = bundle::encode(&shard);
        index.shards.push(ShardEntry {
            fsa: shard.fsa.clone(),
            sha256: bundle::sha256(&bytes),
            bytes: bytes.len() as u32,
        });
        files.push(OutFile { path: bundle::shard_path(&shard.fsa), bytes });
    }
    files.push(OutFile { path: bundle::POSTAL_INDEX.into(), bytes: bundle::encode(&index) });
    lap("encode", &mut timings);

    issues.sort();
    for t in reference_stats {
        let entry = tallies.entry(t.dataset).or_insert_with(|| Tally::new(t.dataset));
        entry.rows_in += t.rows_in;
        entry.kept += t.kept;
        entry.rejected += t.rejected;
    }
    let merged_by_source = count_by_source(&issues, Severity::Merged);
    let mut sources_entries = Vec::new();
    for id in DatasetId::ALL {
        let dataset = id.dataset();
        let mut t = tallies.get(&id).copied().unwrap_or_else(|| Tally::new(id));
        t.merge(merged_by_source.get(&dataset.id).copied().unwrap_or(0));
        debug_assert!(t.is_balanced(), "{t:?}");
        sources_entries.push(SourceEntry {
            dataset,
            rows_in: t.rows_in as u32,
            kept: t.kept as u32,
            merged: t.merged as u32,
            rejected: t.rejected as u32,
        });
    }
    for (dataset, rows_in, kept, rejected) in package_entries {
        let merged = merged_by_source.get(&dataset.id).copied().unwrap_or(0);
        sources_entries.push(SourceEntry {
            dataset,
            rows_in: rows_in as u32,
            kept: (kept - merged) as u32,
            merged: merged as u32,
            rejected: rejected as u32,
        });
    }

    let mut counts = counts(&core, &libraries, postal_codes);
    counts.services = services_summary.services as u32;
    counts.services_public = services_summary.public as u32;
    counts.services_provincial = services_summary.provincial.services as u32;
    let entry = |f: &OutFile| FileEntry {
        path: f.path.clone(),
        sha256: bundle::sha256_hex(&f.bytes),
        bytes: f.bytes.len() as u64,
    };
    // The manifest lists the files the app fetches directly; shards are verified through
    // the postal index, whose own hash is here. Insights-only files are listed apart.
    let insight =
        |f: &&OutFile| f.path == bundle::SERVICES_OTHER || f.path == bundle::ROADS || f.path == bundle::CENSUS;
    let entries: Vec<FileEntry> = files
        .iter()
        .filter(|f| !f.path.starts_with("postal/") || f.path == bundle::POSTAL_INDEX)
        .filter(|f| !insight(f))
        .map(entry)
        .collect();
    let insights: Vec<FileEntry> = files.iter().filter(insight).map(entry).collect();
    let mut all_hashes = String::new();
    for f in &files {
        all_hashes.push_str(&f.path);
        all_hashes.push(' ');
        all_hashes.push_str(&bundle::sha256_hex(&f.bytes));
        all_hashes.push('\n');
    }
    let data_version = bundle::sha256_hex(all_hashes.as_bytes())[..16].to_owned();
    let manifest = Manifest {
        schema: SCHEMA_VERSION,
        data_version,
        built: opts.build_date.clone(),
        files: entries,
        insights,
        counts,
        sources: sources_entries,
    };
    lap("manifest", &mut timings);
    Ok(Build {
        manifest,
        core,
        libraries,
        services: services_public,
        services_other,
        services_summary,
        roads,
        census,
        files,
        issues,
        figures,
        timings,
        packages,
    })
}

impl Build {
    /// The open-data export (`open/…`: never in the manifest, nothing fetches it) in
    /// memory; [`write()`] writes the same bytes straight to disk as it makes them.
    pub fn open(&self) -> Vec<OutFile> {
        self.export_into(|_| Ok(Vec::new()))
            .expect("in-memory write")
            .files
            .into_iter()
            .map(|(path, bytes)| OutFile { path, bytes })
            .collect()
    }

    fn export_into<W: std::io::Write>(
        &self,
        create: impl FnMut(&str) -> std::io::Result<W>,
    ) -> std::io::Result<hsds::export::Written<W>> {
        let everything: Vec<&Point> = self.core.points.iter().chain(&self.libraries.points).collect();
        let datasets: Vec<_> = self.manifest.sources.iter().map(|s| s.dataset.clone()).collect();
        let m = &self.manifest;
        hsds::export::export_into(&self.core.networks, &everything, &datasets, &m.built, &m.data_version, create)
    }

    /// What `report.json` and `REPORT.md` are written from.
    pub fn facts(&self) -> report::Facts<'_> {
        report::Facts {
            manifest: &self.manifest,
            issues: &self.issues,
            services: &self.services_summary,
            figures: &self.figures,
            points: &self.core.points,
            packages: &self.packages,
            census: Some(&self.census.1),
        }
    }
}

/// The points of the provincial source with their lists of services (`services_text`).
fn listed(points: &[Point]) -> Vec<provincial_services::Listed<'_>> {
    let source = DatasetId::ProvincialCentres.index();
    points
        .iter()
        .filter_map(|p| {
            let provenance = p.sources.iter().find(|s| s.dataset == source)?;
            Some(provincial_services::Listed {
                id: &p.id,
                network: *NetworkId::ALL.get(usize::from(p.network))?,
                record: &provenance.record,
                text: p.services.en.as_deref().unwrap_or_default(),
            })
        })
        .collect()
}

fn sorted(mut points: Vec<Point>) -> Vec<Point> {
    points.sort_by(|a, b| a.id.cmp(&b.id));
    points
}

fn count_by_source(issues: &[RowIssue], severity: Severity) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for i in issues.iter().filter(|i| i.severity == severity) {
        *m.entry(i.source.clone()).or_insert(0) += 1;
    }
    m
}

/// Positions a point: keeps source coordinates that pass validation, else geocodes; then
/// sets its time zone and checks its postal code and phone.
fn place(
    mut p: Point,
    source: &str,
    geocoder: &Geocoder,
    boundaries: &Boundaries,
    issues: &mut Vec<RowIssue>,
) -> Point {
    let record = p.sources.first().map(|s| s.record.clone()).unwrap_or_default();
    let issue = |severity, code: &str, detail: String| RowIssue::new(source, record.clone(), severity, code, detail);

    if let Some(code) = p.address.postal_code.as_deref() {
        let letter = code.as_bytes()[0];
        if !p.province.postal_letters().contains(&letter) {
            issues.push(issue(
                Severity::Warning,
                "postal-code-province-mismatch",
                format!("{code} is not a {} postal code", p.province.code()),
            ));
        }
    }
    if let Some(pos) = p.pos {
        let inside = pos.in_canada_bbox() && boundaries.distance_km(pos, p.province) <= PROVINCE_TOLERANCE_KM;
        if !inside {
            let found = boundaries.province_at(pos).map_or("outside Canada", |q| q.code());
            issues.push(issue(
                Severity::Downgraded,
                "position-outside-province",
                format!(
                    "source position {:.5},{:.5} is in {found}, not {}: geocoded again",
                    pos.lat,
                    pos.lon,
                    p.province.code()
                ),
            ));
            p.pos = None;
            p.geocode = Geocode::NONE;
        }
    }
    if p.pos.is_none() {
        // Geocoded here: the zone follows the position found.
        let located = geocoder.locate(p.address.postal_code.as_deref(), &p.community, p.province);
        p.pos = located.pos;
        p.geocode = located.geocode;
        p.tz = TimeZone::for_point(p.province, p.pos);
        match located.pos {
            None => issues.push(issue(
                Severity::Downgraded,
                "no-position",
                format!("no position for community {:?} ({})", p.community, p.province.code()),
            )),
            Some(_) if p.geocode.is_approximate() => issues.push(issue(
                Severity::Downgraded,
                "approximate-position",
                format!("position of {:?} only known by {:?}", p.community, p.geocode.method),
            )),
            Some(_) => {}
        }
    }
    if let Some(phone) = p.phone.as_deref() {
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if !(10..=11).contains(&digits) {
            issues.push(issue(
                Severity::Warning,
                "phone-format",
                format!("phone {phone:?} has {digits} digits (no area code?)"),
            ));
        }
    }
    debug_assert!(p.address.postal_code.as_deref().is_none_or(|c| postal_code(c).as_deref() == Some(c)));
    p
}

fn counts(core: &CoreBundle, libraries: &LayerBundle, postal_codes: u32) -> Counts {
    let mut c = Counts {
        points: core.points.len() as u32,
        libraries: libraries.points.len() as u32,
        places: core.gazetteer.places.len() as u32,
        fsas: core.gazetteer.fsas.len() as u32,
        postal_codes,
        ..Counts::default()
    };
    let network = |i: u16| -> &Network { &core.networks[i as usize] };
    for p in &core.points {
        match (p.pos, p.geocode.is_approximate()) {
            (None, _) => c.unlocated += 1,
            (Some(_), true) => c.approximate += 1,
            (Some(_), false) => c.located += 1,
        }
        let n = network(p.network);
        *c.by_network.entry(n.id.clone()).or_insert(0) += 1;
        let x = c.precision.entry(n.id.clone()).or_default();
        x.points += 1;
        match (p.pos, p.geocode.method, p.geocode.is_approximate()) {
            (None, _, _) => x.unlocated += 1,
            (Some(_), _, true) => x.approximate += 1,
            (Some(_), GeocodeMethod::PostalCode, false) => x.postal_code += 1,
            (Some(_), _, false) => x.building += 1,
        }
        x.hours += u32::from(p.hours.is_posted());
        *c.by_province.entry(p.province.code().to_owned()).or_insert(0) += 1;
        *c.by_level.entry(n.level.id().to_owned()).or_insert(0) += 1;
    }
    c
}

/// The peak resident memory of this process so far, in bytes (Linux's `VmHWM`).
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim();
    kb.parse::<u64>().ok().map(|kb| kb * 1024)
}

/// What [`write()`] wrote of the open-data export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub open_files: usize,
    pub open_bytes: u64,
}

/// Writes the build into `out`: bundle files, the open-data export, `manifest.json`,
/// `report.json` and `REPORT.md`; removes shard files that are no longer part of the
/// bundle. A file whose bytes are already there is left alone (its time stamp too).
pub fn write(build: &Build, out: &Path) -> Result<Written, PipelineError> {
    let put = |rel: &str, bytes: &[u8]| -> Result<(), PipelineError> {
        let path = out.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| PipelineError::io(dir, e))?;
        }
        // Skip unchanged files so a rerun leaves timestamps (and git) alone.
        if std::fs::read(&path).is_ok_and(|old| old == bytes) {
            return Ok(());
        }
        std::fs::write(&path, bytes).map_err(|e| PipelineError::io(&path, e))
    };
    for f in &build.files {
        put(&f.path, &f.bytes)?;
    }
    let keep: std::collections::BTreeSet<&str> = build.files.iter().map(|f| f.path.as_str()).collect();
    let postal_dir = out.join("postal");
    if let Ok(entries) = std::fs::read_dir(&postal_dir) {
        for e in entries.flatten() {
            let rel = format!("postal/{}", e.file_name().to_string_lossy());
            if !keep.contains(rel.as_str()) {
                std::fs::remove_file(e.path()).map_err(|err| PipelineError::io(&e.path(), err))?;
            }
        }
    }
    let written = write_open(build, out)?;
    put(bundle::MANIFEST, &manifest_json(&build.manifest))?;
    put("report.json", &report::report_json(build.facts()))?;
    put("REPORT.md", report::report_markdown(build.facts()).as_bytes())?;
    Ok(written)
}

/// The open-data export, each file written as it is made (gigabytes for a national
/// network) next to its final name, then put in place unless the same bytes are there.
fn write_open(build: &Build, out: &Path) -> Result<Written, PipelineError> {
    let dir = out.join(hsds::export::DIR);
    std::fs::create_dir_all(&dir).map_err(|e| PipelineError::io(&dir, e))?;
    let part = |rel: &str| out.join(format!("{rel}.part"));
    let export = build
        .export_into(|rel| {
            let file = std::fs::File::create(part(rel))?;
            Ok(std::io::BufWriter::with_capacity(1 << 20, file))
        })
        .map_err(|e| PipelineError::io(&dir, e))?;
    let mut written = Written { open_files: 0, open_bytes: 0 };
    for (rel, w) in export.files {
        let (tmp, path) = (part(&rel), out.join(&rel));
        let file = w.into_inner().map_err(|e| PipelineError::io(&tmp, e.into_error()))?;
        written.open_files += 1;
        written.open_bytes += file.metadata().map_err(|e| PipelineError::io(&tmp, e))?.len();
        drop(file);
        if same_bytes(&tmp, &path) {
            std::fs::remove_file(&tmp).map_err(|e| PipelineError::io(&tmp, e))?;
        } else {
            std::fs::rename(&tmp, &path).map_err(|e| PipelineError::io(&path, e))?;
        }
    }
    Ok(written)
}

/// True when the files `a` and `b` both exist and hold the same bytes (read in blocks).
fn same_bytes(a: &Path, b: &Path) -> bool {
    use std::io::Read;
    let (Ok(fa), Ok(fb)) = (std::fs::File::open(a), std::fs::File::open(b)) else { return false };
    if fa.metadata().map(|m| m.len()).ok() != fb.metadata().map(|m| m.len()).ok() {
        return false;
    }
    let (mut ra, mut rb) = (std::io::BufReader::new(fa), std::io::BufReader::new(fb));
    let (mut ba, mut bb) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let n = match ra.read(&mut ba) {
            Ok(0) => return rb.read(&mut bb).is_ok_and(|m| m == 0),
            Ok(n) => n,
            Err(_) => return false,
        };
        if rb.read_exact(&mut bb[..n]).is_err() || ba[..n] != bb[..n] {
            return false;
        }
    }
}

/// The manifest as pretty JSON with a final newline.
pub fn manifest_json(m: &Manifest) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(m).expect("manifest serialises");
    v.push(b'\n');
    v
}

/// The UTC date (YYYY-MM-DD) of a Unix time in seconds.
///
/// ```
/// use guichet::pipeline::run::utc_date;
/// assert_eq!(utc_date(0), "1970-01-01");
/// assert_eq!(utc_date(1_795_824_000), "2026-11-28");
/// assert_eq!(utc_date(951_782_400), "2000-02-29");
/// ```
pub fn utc_date(unix_secs: i64) -> String {
    let (y, m, d) = crate::domain::tz::civil_from_days(unix_secs.div_euclid(86_400));
    let mut s = String::with_capacity(10);
    s.push_str(&y.to_string());
    for n in [m, d] {
        s.push('-');
        if n < 10 {
            s.push('0');
        }
        s.push_str(&n.to_string());
    }
    s
}
