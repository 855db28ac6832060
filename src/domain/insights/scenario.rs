//! What-if scenarios (issue 20): a list of changes to today's networks (close a point,
//! move it, co-locate it in another government's office, add a point) and the sites they
//! give. The figures of a scenario against today are [`super::compare`]'s.
//!
//! A change names points by their bundle id and networks by theirs, so a scenario in a
//! URL means the same points after the bundle is rebuilt; a change that no longer applies
//! (a point gone, a co-location into the same government) is kept in the list, reported
//! as not applied, and changes nothing. Changes apply in order: undoing one is removing it
//! from the list, and the empty list is today.
use super::{Government, Site};
use crate::domain::gazetteer::Fsa;
use crate::domain::geo::LatLon;
use crate::domain::model::{Network, Point};

/// Where a moved or added point goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Where {
    /// A position (a click on the map, or typed), to about a metre.
    At(LatLon),
    /// The centre of an FSA (a postal code's first three characters): approximate.
    Fsa(String),
    /// The address of an existing office (by point id): co-location.
    Office(String),
}

/// One change to today's networks.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The point closes.
    Close(String),
    /// The point moves; to an office of another government, it is a co-location.
    Move(String, Where),
    /// A new point of the network (by network id).
    Add(String, Where),
}

/// What kind of change it is, for tables and the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Close,
    Move,
    CoLocate,
    Add,
    /// A new point inside another government's office.
    AddAtPartner,
}

impl Change {
    pub fn kind(&self) -> Kind {
        match self {
            Change::Close(_) => Kind::Close,
            Change::Move(_, Where::Office(_)) => Kind::CoLocate,
            Change::Move(..) => Kind::Move,
            Change::Add(_, Where::Office(_)) => Kind::AddAtPartner,
            Change::Add(..) => Kind::Add,
        }
    }

    /// The change as it lives in the URL: `x:ID` (close), `m:ID:WHERE` (move),
    /// `a:NETWORK:WHERE` (add); WHERE is `@lat,lon` (five decimals), an FSA code, or
    /// `=ID` (an office).
    ///
    /// ```
    /// use guichet::domain::geo::LatLon;
    /// use guichet::domain::insights::scenario::{Change, Where};
    /// let c = Change::Add("service-canada".into(), Where::At(LatLon::new(45.421, -75.69)));
    /// assert_eq!(c.token(), "a:service-canada:@45.42100,-75.69000");
    /// assert_eq!(Change::parse(&c.token()), Some(c));
    /// let k = Change::Move("sc-1904".into(), Where::Office("pr-x".into()));
    /// assert_eq!(k.token(), "m:sc-1904:=pr-x");
    /// assert_eq!(Change::parse("x:sc-1"), Some(Change::Close("sc-1".into())));
    /// assert_eq!(Change::parse("x:sc-NT-SAW"), Some(Change::Close("sc-NT-SAW".into())));
    /// assert_eq!(Change::parse("m:sc-1:k1a"), Some(Change::Move("sc-1".into(), Where::Fsa("K1A".into()))));
    /// assert_eq!(Change::parse("m:sc-1:@95,-75"), None);
    /// assert_eq!(Change::parse("q:nope"), None);
    /// ```
    pub fn token(&self) -> String {
        let place = |w: &Where| match w {
            Where::At(p) => {
                format!("@{},{}", crate::domain::text::fixed(p.lat, 5), crate::domain::text::fixed(p.lon, 5))
            }
            Where::Fsa(code) => code.clone(),
            Where::Office(id) => format!("={id}"),
        };
        match self {
            Change::Close(id) => format!("x:{id}"),
            Change::Move(id, w) => format!("m:{id}:{}", place(w)),
            Change::Add(net, w) => format!("a:{net}:{}", place(w)),
        }
    }

    /// Parses [`Change::token`]'s form; anything else is `None`.
    pub fn parse(token: &str) -> Option<Change> {
        let mut parts = token.trim().splitn(3, ':');
        let (kind, id) = (parts.next()?, parts.next()?);
        if !valid_id(id) {
            return None;
        }
        let place = |w: &str| -> Option<Where> {
            if let Some(office) = w.strip_prefix('=') {
                return valid_id(office).then(|| Where::Office(office.to_owned()));
            }
            if let Some(pos) = w.strip_prefix('@') {
                let (lat, lon) = pos.split_once(',')?;
                let (lat, lon) = (lat.trim().parse::<f64>().ok()?, lon.trim().parse::<f64>().ok()?);
                let p = LatLon::new(lat, lon);
                return p.in_canada_bbox().then_some(Where::At(p));
            }
            let code = w.trim().to_ascii_uppercase();
            let b = code.as_bytes();
            (b.len() == 3 && b[0].is_ascii_alphabetic() && b[1].is_ascii_digit() && b[2].is_ascii_alphabetic())
                .then_some(Where::Fsa(code))
        };
        match (kind, parts.next()) {
            ("x", None) => Some(Change::Close(id.to_owned())),
            ("m", Some(w)) => Some(Change::Move(id.to_owned(), place(w)?)),
            ("a", Some(w)) => Some(Change::Add(id.to_owned(), place(w)?)),
            _ => None,
        }
    }
}

/// What an analyst typed as a place: a postal code or FSA (its FSA's centre), or
/// "latitude, longitude" (decimal points; with decimal commas, "latitude; longitude").
///
/// ```
/// use guichet::domain::geo::LatLon;
/// use guichet::domain::insights::scenario::{parse_where, Where};
/// assert_eq!(parse_where("k1a 0b1"), Some(Where::Fsa("K1A".into())));
/// assert_eq!(parse_where(" H2X"), Some(Where::Fsa("H2X".into())));
/// assert_eq!(parse_where("45.5, -73.6"), Some(Where::At(LatLon::new(45.5, -73.6))));
/// assert_eq!(parse_where("45,5 ; -73,6"), Some(Where::At(LatLon::new(45.5, -73.6))));
/// assert_eq!(parse_where("Paris"), None);
/// assert_eq!(parse_where("10, 10"), None);
/// ```
pub fn parse_where(text: &str) -> Option<Where> {
    let t = text.trim();
    let pair = if t.contains(';') {
        t.split_once(';').map(|(a, b)| (a.replace(',', "."), b.replace(',', ".")))
    } else {
        t.split_once(',').map(|(a, b)| (a.to_owned(), b.to_owned()))
    };
    if let Some((a, b)) = pair {
        let p = LatLon::new(a.trim().parse().ok()?, b.trim().parse().ok()?);
        return p.in_canada_bbox().then_some(Where::At(p));
    }
    let code: String = t.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let b = code.as_bytes();
    let fsa = b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1].is_ascii_digit() && b[2].is_ascii_alphabetic();
    (fsa && (b.len() == 3 || b.len() == 6)).then(|| Where::Fsa(code[..3].to_owned()))
}

/// A point or network id as the bundle writes them.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 80 && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Why a change was not applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Skip {
    /// No point (with a position) or network has that id, or it was closed earlier.
    Unknown,
    /// No FSA has that code.
    UnknownFsa,
    /// A co-location must go into another government's office.
    SameGovernment,
}

/// Today's networks, what a scenario changes.
#[derive(Clone, Copy)]
pub struct Base<'a> {
    pub networks: &'a [Network],
    pub points: &'a [Point],
    /// Today's sites (of `points`).
    pub sites: &'a [Site],
    /// The gazetteer's FSAs (for FSA centres and the province of a position).
    pub fsas: &'a [Fsa],
}

/// A scenario's sites and what became of each change.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// Today's sites less those closed, moved ones at their new place, new ones last.
    /// A new site's `point` is `points.len()` + its rank among the changes that add.
    pub sites: Vec<Site>,
    /// One per change: `None` when applied.
    pub skipped: Vec<Option<Skip>>,
}

impl Base<'_> {
    fn fsa(&self, code: &str) -> Option<&Fsa> {
        self.fsas.iter().find(|f| f.code == code)
    }

    /// The site of `w` for network `network`: position, province and whether it is
    /// approximate; with the office's government for co-locations.
    fn place(
        &self,
        sites: &[Site],
        w: &Where,
    ) -> Result<(LatLon, crate::domain::model::Province, bool, Option<Government>), Skip> {
        match w {
            Where::At(p) => {
                let province = nearest_fsa(self.fsas, *p).map(|f| f.province).ok_or(Skip::UnknownFsa)?;
                Ok((*p, province, false, None))
            }
            Where::Fsa(code) => {
                let f = self.fsa(code).ok_or(Skip::UnknownFsa)?;
                Ok((f.pos, f.province, true, None))
            }
            Where::Office(id) => {
                let s = self.site_of(sites, id).ok_or(Skip::Unknown)?;
                Ok((s.pos, s.province, s.approximate, Some(s.government)))
            }
        }
    }

    fn site_of<'s>(&self, sites: &'s [Site], id: &str) -> Option<&'s Site> {
        sites.iter().find(|s| self.points.get(s.point as usize).is_some_and(|p| p.id == id))
    }

    /// Applies `changes` in order.
    pub fn apply(&self, changes: &[Change]) -> Applied {
        let mut sites = self.sites.to_vec();
        let mut skipped = Vec::with_capacity(changes.len());
        let mut added = 0u32;
        for c in changes {
            let r = match c {
                Change::Close(id) => match sites.iter().position(|s| self.is(s, id)) {
                    Some(i) => {
                        sites.remove(i);
                        Ok(())
                    }
                    None => Err(Skip::Unknown),
                },
                Change::Move(id, w) => self.relocate(&mut sites, id, w),
                Change::Add(net, w) => self.add(&mut sites, net, w, &mut added),
            };
            skipped.push(r.err());
        }
        Applied { sites, skipped }
    }

    fn is(&self, s: &Site, id: &str) -> bool {
        self.points.get(s.point as usize).is_some_and(|p| p.id == id)
    }

    fn relocate(&self, sites: &mut [Site], id: &str, w: &Where) -> Result<(), Skip> {
        let i = sites.iter().position(|s| self.is(s, id)).ok_or(Skip::Unknown)?;
        let (pos, province, approximate, host) = self.place(sites, w)?;
        if host.is_some_and(|g| g == sites[i].government) {
            return Err(Skip::SameGovernment);
        }
        let s = &mut sites[i];
        (s.pos, s.province, s.approximate) = (pos, province, approximate);
        Ok(())
    }

    fn add(&self, sites: &mut Vec<Site>, net: &str, w: &Where, added: &mut u32) -> Result<(), Skip> {
        let n = self.networks.iter().position(|n| n.id == net).ok_or(Skip::Unknown)?;
        let government = Government::of(&self.networks[n], n as u16);
        let (pos, province, approximate, host) = self.place(sites, w)?;
        if host.is_some_and(|g| g == government) {
            return Err(Skip::SameGovernment);
        }
        sites.push(Site {
            point: self.points.len() as u32 + *added,
            network: n as u16,
            government,
            province,
            pos,
            approximate,
        });
        *added += 1;
        Ok(())
    }
}

/// The FSA whose centre is nearest `p` (what gives a typed position its province).
pub fn nearest_fsa(fsas: &[Fsa], p: LatLon) -> Option<&Fsa> {
    fsas.iter().min_by(|a, b| a.pos.distance_m(p).total_cmp(&b.pos.distance_m(p)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::testkit::{random_world, Rng};

    fn fsas() -> Vec<Fsa> {
        let mut on = Fsa::bare("K1A", LatLon::new(45.42, -75.7), Some(10));
        on.province = crate::domain::model::Province::ON;
        let mut qc = Fsa::bare("H2X", LatLon::new(45.51, -73.57), Some(10));
        qc.province = crate::domain::model::Province::QC;
        vec![on, qc]
    }

    #[test]
    fn changes_apply_in_order_and_undoing_gives_back_today() {
        let mut rng = Rng(7);
        let (networks, points, sites) = random_world(&mut rng, 60, 2.0);
        let fsas = fsas();
        let base = Base { networks: &networks, points: &points, sites: &sites, fsas: &fsas };
        assert_eq!(base.apply(&[]).sites, sites);
        let id = |i: usize| points[sites[i].point as usize].id.clone();
        let other = sites.iter().position(|s| s.government != sites[0].government).unwrap();
        let same = sites.iter().skip(6).position(|s| s.government == sites[0].government).unwrap() + 6;
        let changes = vec![
            Change::Close(id(3)),
            Change::Move(id(0), Where::Office(id(other))),
            Change::Move(id(same), Where::Office(id(0))),
            Change::Add("qc".into(), Where::Fsa("H2X".into())),
            Change::Add("fed".into(), Where::At(LatLon::new(45.0, -75.0))),
            Change::Close(id(3)),
            Change::Add("nope".into(), Where::Fsa("H2X".into())),
            Change::Move(id(5), Where::Fsa("Z9Z".into())),
        ];
        let a = base.apply(&changes);
        assert_eq!(
            a.skipped,
            [
                None,
                None,
                Some(Skip::SameGovernment),
                None,
                None,
                Some(Skip::Unknown),
                Some(Skip::Unknown),
                Some(Skip::UnknownFsa)
            ]
        );
        assert_eq!(a.sites.len(), sites.len() - 1 + 2);
        let moved = a.sites.iter().find(|s| s.point == sites[0].point).unwrap();
        assert_eq!(moved.pos, sites[other].pos);
        let new: Vec<&Site> = a.sites.iter().filter(|s| s.point >= points.len() as u32).collect();
        assert_eq!(new.len(), 2);
        assert_eq!(
            (new[0].network, new[0].approximate, new[0].province),
            (3, true, crate::domain::model::Province::QC)
        );
        assert_eq!(
            (new[1].network, new[1].government, new[1].point),
            (0, Government::Federal, points.len() as u32 + 1)
        );
        // A point moved there and back is where it was.
        let p = sites[4].pos;
        let back =
            base.apply(&[Change::Move(id(4), Where::At(LatLon::new(46.0, -74.0))), Change::Move(id(4), Where::At(p))]);
        assert_eq!(
            back.sites.iter().map(|s| (s.point, s.pos)).collect::<Vec<_>>(),
            sites.iter().map(|s| (s.point, s.pos)).collect::<Vec<_>>()
        );
        // Tokens round trip.
        for c in &changes {
            assert_eq!(Change::parse(&c.token()).as_ref(), Some(c), "{}", c.token());
        }
    }
}
