//! Network insights for the working group: co-location candidates, nearest partners,
//! population coverage and a spatial accessibility index, all computed from the bundle.
//!
//! Everything works on [`Site`]s (service points with a position) and [`Area`]s (FSAs
//! with a 2016 population), both built once from the bundle by [`sites`] and [`areas`].
//! Distances are great-circle metres; a [`Metric`] turns them into what the page shows:
//! the straight line, or an estimated road distance (straight line × a circuity factor).
//! Road distances precomputed by the pipeline ([`roads::RoadBundle`]) replace the
//! estimate for nearest partners and FSA assignments when the bundle has them.
use crate::domain::geo::LatLon;
use crate::domain::model::{Level, Network, Point, Province};

pub mod access;
pub mod census;
pub mod collaboration;
pub mod compare;
pub mod coverage;
pub mod leftout;
pub mod pairs;
pub mod partners;
pub mod report;
pub mod roads;
pub mod scenario;
pub mod suggest;
pub mod summary;
pub mod table;
pub mod whatif;

#[cfg(test)]
pub(crate) mod testkit;

/// The government that runs a network: what "points of different governments" compares.
/// Every provincial or territorial network of one province is one government (Services
/// Québec and the SAAQ are both the Government of Quebec); each municipal network is its
/// own (a city, or the libraries layer, run by local boards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Government {
    Federal,
    Province(Province),
    Municipal(u16),
}

impl Government {
    /// The government of network `index`.
    ///
    /// ```
    /// use guichet::domain::insights::Government;
    /// use guichet::domain::model::{Categories, Level, Network, Province, Text};
    /// let net = |level, jurisdiction| Network {
    ///     id: "x".into(), name: Text::same("X"), level, organization: Text::same("X"),
    ///     jurisdiction, phone: None, website: Text::default(),
    ///     categories: Categories::default(), optional_layer: false, point_website: Text::default(),
    /// };
    /// assert_eq!(Government::of(&net(Level::Federal, None), 0), Government::Federal);
    /// assert_eq!(
    ///     Government::of(&net(Level::Provincial, Some(Province::QC)), 3),
    ///     Government::of(&net(Level::Provincial, Some(Province::QC)), 4),
    /// );
    /// assert_eq!(Government::of(&net(Level::Municipal, Some(Province::QC)), 7), Government::Municipal(7));
    /// ```
    pub fn of(network: &Network, index: u16) -> Government {
        match (network.level, network.jurisdiction) {
            (Level::Federal, _) => Government::Federal,
            (Level::Provincial | Level::Territorial, Some(p)) => Government::Province(p),
            _ => Government::Municipal(index),
        }
    }
}

/// A service point with a position, as the insights see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// Index of the point in the list given to [`sites`] (core points first, so that road
    /// links, which index core points, apply unchanged).
    pub point: u32,
    pub network: u16,
    pub government: Government,
    pub province: Province,
    pub pos: LatLon,
    /// The position stands for the community or FSA, not the building.
    pub approximate: bool,
}

/// The sites of `points` (those with a position), in point order.
pub fn sites(networks: &[Network], points: &[Point]) -> Vec<Site> {
    points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let pos = p.pos?;
            let network = networks.get(usize::from(p.network))?;
            Some(Site {
                point: i as u32,
                network: p.network,
                government: Government::of(network, p.network),
                province: p.province,
                pos,
                approximate: p.geocode.is_approximate(),
            })
        })
        .collect()
}

/// A forward sortation area with its 2016 census population: the demand side.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Index into the gazetteer's FSAs (what road links use).
    pub fsa: u32,
    pub code: String,
    pub province: Province,
    pub pos: LatLon,
    pub population: u32,
    /// The centroid stands for a large rural area (FSAs whose second character is 0 are
    /// rural by Canada Post's scheme): distances from it are rough.
    pub approximate: bool,
    /// The census left out incompletely enumerated reserves in this FSA.
    pub incomplete: bool,
}

/// The FSAs that have a census population (2016), in gazetteer order.
pub fn areas(fsas: &[crate::domain::gazetteer::Fsa]) -> Vec<Area> {
    fsas.iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let population = f.population?;
            Some(Area {
                fsa: i as u32,
                code: f.code.clone(),
                province: f.province,
                pos: f.pos,
                population,
                approximate: f.code.as_bytes().get(1) == Some(&b'0'),
                incomplete: f.incomplete,
            })
        })
        .collect()
}

/// How a distance was obtained, shown beside every figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DistanceKind {
    /// Great-circle distance.
    Straight,
    /// Straight line × circuity factor: an estimate of the road distance.
    Estimated,
    /// Along the road network the pipeline was given.
    Road,
}

/// What distances the page shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Metric {
    Straight,
    /// Straight line × `circuity` (≥ 1; 1.3 by default: a common figure for road
    /// networks, documented on the page as an estimate).
    Estimated {
        circuity: f64,
    },
}

/// Default circuity factor of the road estimate.
pub const DEFAULT_CIRCUITY: f64 = 1.3;

impl Metric {
    /// The displayed distance of a great-circle distance `m` (metres).
    ///
    /// ```
    /// use guichet::domain::insights::Metric;
    /// assert_eq!(Metric::Straight.of(1000.0), 1000.0);
    /// assert_eq!(Metric::Estimated { circuity: 1.3 }.of(1000.0), 1300.0);
    /// ```
    pub fn of(self, m: f64) -> f64 {
        match self {
            Metric::Straight => m,
            Metric::Estimated { circuity } => m * circuity,
        }
    }

    /// The great-circle distance whose displayed distance is `m` (for radius searches).
    pub fn inverse(self, m: f64) -> f64 {
        match self {
            Metric::Straight => m,
            Metric::Estimated { circuity } => m / circuity,
        }
    }

    pub fn kind(self) -> DistanceKind {
        match self {
            Metric::Straight => DistanceKind::Straight,
            Metric::Estimated { .. } => DistanceKind::Estimated,
        }
    }
}

/// A distance with how it was obtained.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Distance {
    pub metres: f64,
    pub kind: DistanceKind,
}
