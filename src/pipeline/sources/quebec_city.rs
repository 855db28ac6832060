//! Source: `service_points/quebec_city_lieux_publics_services.csv` (see
//! ../shared/data/SOURCES.md, section 8).
//!
//! 54 public places of the Ville de Québec open dataset "Lieux publics" (vintage ≤ 2022),
//! French only, with their own coordinates. Only the citizens' service counters become
//! points of the Québec City network, by `service_type`:
//! - kept: `city_hall` (the city hall) → city hall; `municipal_office` (the six borough
//!   offices) and `municipal_service_point` (a service point) → municipal office;
//! - rejected: `library` ("library": the libraries layer comes from ODCAF),
//!   `police_station` ("police-station"), `municipal_admin_office` and
//!   `municipal_building` ("not-a-service-counter": back offices, an exhibition ground's
//!   pavilions, a TV studio); anything else ("unclassified").
//!
//! Fields: id `qc-<id>`, provenance record `id`; name in French only; street
//! "`civic_number` `street`" (the city hall has no civic number); community `city`;
//! province Quebec; position from `latitude`/`longitude` (`Geocode { Source, High }`). No
//! postal code, hours, phone or languages in the file.
use serde::Deserialize;

use super::{set_source_position, Cx, Reject, Source};
use crate::domain::model::{Point, PointKind, Province, Text};
use crate::domain::text::non_empty;
use crate::pipeline::{DatasetId, NetworkId};

/// Québec City's public places.
pub struct QuebecCity;

/// Path of the file inside the sources directory.
pub const PATH: &str = "service_points/quebec_city_lieux_publics_services.csv";

/// The columns read.
#[derive(Debug, Deserialize)]
pub struct Row {
    id: String,
    name: String,
    service_type: String,
    civic_number: String,
    street: String,
    city: String,
    province: String,
    latitude: String,
    longitude: String,
}

impl Source for QuebecCity {
    const DATASET: DatasetId = DatasetId::QuebecCity;
    const PATH: &'static str = PATH;
    type Row = Row;

    fn record(&self, row: &Row) -> Option<String> {
        non_empty(&row.id)
    }

    fn point(&self, row: Row, cx: &mut Cx<'_>) -> Result<Point, Reject> {
        let id = non_empty(&row.id).ok_or(Reject::new("no-id", "empty id"))?;
        let name = non_empty(&row.name).ok_or(Reject::new("no-name", "empty name"))?;
        let kind = match row.service_type.trim() {
            "city_hall" => PointKind::CityHall,
            "municipal_office" | "municipal_service_point" => PointKind::MunicipalOffice,
            "library" => return Err(Reject::new("library", "library: the libraries layer comes from ODCAF")),
            "police_station" => return Err(Reject::new("police-station", "police station, not a service counter")),
            "municipal_admin_office" | "municipal_building" => {
                return Err(Reject::new("not-a-service-counter", format!("{name}: not a citizens' counter")));
            }
            other => return Err(Reject::new("unclassified", format!("service_type {other:?}"))),
        };
        if Province::parse(&row.province) != Some(Province::QC) {
            return Err(Reject::new("unknown-province", format!("province {:?}", row.province.trim())));
        }
        let community = non_empty(&row.city).unwrap_or_else(|| "Québec".to_owned());
        let mut p = cx.point(format!("qc-{id}"), NetworkId::QuebecCity, kind, Text::fr(name), community, Province::QC);
        p.address.street = non_empty(&format!("{} {}", row.civic_number.trim(), row.street.trim()));
        p.address.city = non_empty(&row.city);
        if let Some(pos) = cx.position(&row.latitude, &row.longitude) {
            set_source_position(&mut p, pos);
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::testing::*;
    use super::*;
    use crate::domain::model::{Confidence, GeocodeMethod};
    use crate::pipeline::Severity;

    #[test]
    fn only_the_service_counters() {
        let out = parse(&QuebecCity, &fixture(PATH), stand_in_hours).expect("fixture parses");
        check_invariants(&out);
        let kinds: Vec<(&str, PointKind)> = out.points.iter().map(|p| (p.id.as_str(), p.kind)).collect();
        assert!(kinds.contains(&("qc-200299", PointKind::CityHall)), "{kinds:?}");
        assert!(kinds.iter().all(|(_, k)| matches!(k, PointKind::CityHall | PointKind::MunicipalOffice)));
        let mut rejected: Vec<&str> =
            out.issues.iter().filter(|i| i.severity == Severity::Rejected).map(|i| i.code.as_str()).collect();
        rejected.sort_unstable();
        rejected.dedup();
        assert_eq!(rejected, ["library", "not-a-service-counter", "police-station"]);
        assert_eq!(out.points.len(), 8);
        let hall = point(&out, "qc-200299");
        assert_eq!(hall.address.street.as_deref(), Some("Rue des Jardins"), "no civic number");
        assert_eq!((hall.geocode.method, hall.geocode.confidence), (GeocodeMethod::Source, Confidence::High));
        assert_eq!(hall.name, Text::fr("Hôtel de ville de Québec"));
        assert_eq!(hall.network, NetworkId::QuebecCity.index());
    }
}
