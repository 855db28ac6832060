//! Generated points for the round-trip property test and the import benchmark
//! (`examples/hsds_import_bench.rs`), from `domain::seeded`: a failure names its seed.
use crate::domain::facts::{Access, Fact, Parking, PassportLevel, PassportServices};
use crate::domain::geo::LatLon;
use crate::domain::hours::{Hours, MonthlyRule, Schedule, Span, Visit};
use crate::domain::model::{
    Address, Categories, Category, Confidence, Geocode, GeocodeMethod, Languages, Level, Network, Point, PointKind,
    Province, Text,
};
use crate::domain::seeded::Rng;
use crate::domain::tz::TimeZone;

const WORDS: [&str; 12] = [
    "Centre",
    "Saint-Boniface",
    "Île-des-Chênes",
    "Bureau \"Nord\"",
    "Services, comptoir",
    "Thompson",
    "L'Anse",
    "Ōtautahi",
    "Gimli",
    "Rivière-Rouge",
    "Line\nbreak",
    "Fort Garry",
];

fn words(rng: &mut Rng) -> String {
    let n = 1 + rng.below(3);
    (0..n).map(|_| WORDS[rng.below(WORDS.len() as u64) as usize]).collect::<Vec<_>>().join(" ")
}

fn text(rng: &mut Rng) -> Text {
    match rng.below(4) {
        0 => Text::en(words(rng)),
        1 => Text::fr(words(rng)),
        _ => Text::both(words(rng), words(rng)),
    }
}

fn spans(rng: &mut Rng) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = u16::try_from(rng.below(10 * 60)).unwrap_or(0);
    for _ in 0..1 + rng.below(2) {
        let open = at + u16::try_from(rng.below(120)).unwrap_or(0);
        let close = open + 30 + u16::try_from(rng.below(600)).unwrap_or(0);
        out.push(Span::new(open, close.min(open + 1440)));
        at = close + 1;
        if at >= 1440 {
            break;
        }
    }
    out
}

fn hours(rng: &mut Rng) -> Hours {
    match rng.below(6) {
        0 => Hours::Unknown,
        1 => Hours::Text(text(rng)),
        2 => {
            let weekdays: Vec<u8> = (0..7).filter(|_| rng.chance(40)).collect();
            Hours::Monthly(
                weekdays
                    .into_iter()
                    .map(|weekday| MonthlyRule { weeks: 1 + rng.below(31) as u8, weekday, spans: spans(rng) })
                    .collect(),
            )
        }
        3 => {
            let mut day = 20_000 + rng.below(400) as i32;
            let mut visits = Vec::new();
            for _ in 0..rng.below(5) {
                visits.push(Visit { day, spans: spans(rng) });
                day += 1 + rng.below(30) as i32;
            }
            Hours::Visits(visits)
        }
        _ => {
            let mut s = Schedule { closed_on_holidays: rng.chance(50), ..Schedule::default() };
            for d in 0..7 {
                if rng.chance(70) {
                    s.days[d] = spans(rng);
                }
            }
            if rng.chance(20) {
                s.note = text(rng);
            }
            Hours::Weekly(s)
        }
    }
}

fn fact(rng: &mut Rng) -> Fact {
    [Fact::NotReported, Fact::Yes, Fact::No][rng.below(3) as usize]
}

/// The two networks of generated packages: a provincial one and a federal one, both
/// in Manitoba.
pub fn networks() -> Vec<Network> {
    vec![
        Network {
            name: Text::both("Generated Centres", "Centres générés"),
            jurisdiction: Some(Province::MB),
            ..Network::bare("gen-mb", Level::Provincial)
        },
        Network {
            name: Text::both("Generated Federal", "Fédéral généré"), ..Network::bare("gen-fed", Level::Federal)
        },
    ]
}

/// `n` points of the [`networks`], in Manitoba (49.5° to 54.5° N, 100.5° to 96° W: well
/// inside the province), from `seed`.
pub fn points(seed: u64, n: usize) -> Vec<Point> {
    let mut rng = Rng(seed);
    let kinds = [PointKind::ServiceCentre, PointKind::Outreach, PointKind::PassportOffice, PointKind::Partner];
    (0..n)
        .map(|i| {
            let pos = rng.chance(90).then(|| {
                LatLon::new(
                    49.5 + rng.below(500_000) as f64 / 100_000.0,
                    -100.5 + rng.below(450_000) as f64 / 100_000.0,
                )
                .quantised()
            });
            let network = rng.below(2) as u16;
            let mut p = Point::bare(format!("gen-{seed}-{i}"), network, pos);
            p.province = Province::MB;
            p.tz = TimeZone::Winnipeg;
            p.kind = kinds[rng.below(kinds.len() as u64) as usize];
            p.name = text(&mut rng);
            p.community = words(&mut rng);
            p.geocode = match pos {
                Some(_) => Geocode { method: GeocodeMethod::Source, confidence: Confidence::High },
                None => Geocode::NONE,
            };
            if rng.chance(60) {
                p.address = Address {
                    street: Some(format!("{} {}", 1 + rng.below(999), words(&mut rng))),
                    city: Some(p.community.clone()),
                    postal_code: Some(format!("R{}A {}B{}", rng.below(10), rng.below(10), rng.below(10))),
                    street_fr: None,
                    city_fr: None,
                };
            }
            p.phone = rng.chance(50).then(|| format!("204-555-{:04}", rng.below(10_000)));
            p.languages = Languages { en: rng.chance(70), fr: rng.chance(50) };
            p.access = Access {
                wheelchair: fact(&mut rng),
                parking: [Parking::NotReported, Parking::Free, Parking::Paid][rng.below(3) as usize],
                asl: fact(&mut rng),
                lsq: fact(&mut rng),
            };
            p.categories = Categories::of(&[Category::General, Category::ALL[rng.below(13) as usize]]);
            if rng.chance(20) {
                p.passport = PassportServices::of(&[PassportLevel::ALL[rng.below(4) as usize]]);
            }
            p.hours = hours(&mut rng);
            p
        })
        .collect()
}
