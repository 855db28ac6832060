//! Collaboration that exists today (issue 21): the host and partnership of every Service
//! Canada point, read from the sources' own words with the rules of
//! `data/collaboration/rules.csv` (how they read is written at the top of that file).
//!
//! - The 2026 list: the address lines (English and French, side by side), the note of the
//!   person who compiled the list and the finder's own note. The first rule of the table
//!   that matches any of them decides the host; every line or note whose own first rule
//!   names the same kind of host is kept as evidence, so the host's name (the first address
//!   line that names it) and the compiler's "co-located in a town hall" stand side by side.
//! - The kind: a partner host of a staffed office is a co-location, of an outreach site an
//!   outreach hosted by a partner; a federal building or no host is "none stated".
//! - The 2024 list's "Service Delivery Partner" rows (the NWT single-window centres, whose
//!   territorial Government Service Officers deliver Service Canada programs) are service
//!   integration by their point type ([`partner`]); where the territorial list has the
//!   single-window centre of the same community and says it helps "accessing federal
//!   programs", that centre is named as the host, with both quotes ([`name_partners`]).
use serde::Deserialize;

use crate::domain::collaboration::{CollabKind, Collaboration, Evidence, Field, HostKind};
use crate::domain::model::{Point, PointKind, Text};
use crate::domain::text::{fold, non_empty};
use crate::pipeline::table;

/// The rules table, embedded.
pub const RULES: &str = include_str!("../../data/collaboration/rules.csv");

/// The rule of the 2024 list's point type.
pub const PARTNER_RULE: &str = "service-delivery-partner";
/// The rule that names an NWT partner from the territorial list.
pub const TERRITORIAL_RULE: &str = "nwt-single-window";
/// The territorial list's words that say a centre helps with federal programs.
pub const FEDERAL_PROGRAMS: &str = "help accessing federal programs";

/// One rule: patterns in each language and the host they name.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub id: String,
    pub host: HostKind,
    en: Vec<Pattern>,
    fr: Vec<Pattern>,
}

/// Folded words, each matched whole or, when written with a final "*", as the start of
/// a word ("librar*").
#[derive(Debug, Clone, PartialEq)]
struct Pattern(Vec<(String, bool)>);

impl Pattern {
    fn parse(s: &str) -> Option<Pattern> {
        let mut words = Vec::new();
        for token in s.split_whitespace() {
            let prefix = token.ends_with('*');
            let folded = fold(token.trim_end_matches('*'));
            let parts: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
            for (i, w) in parts.iter().enumerate() {
                words.push(((*w).to_owned(), prefix && i + 1 == parts.len()));
            }
        }
        (!words.is_empty()).then_some(Pattern(words))
    }

    /// True when the pattern's words occur in a row among `words` (folded).
    fn matches(&self, words: &[&str]) -> bool {
        words.windows(self.0.len()).any(|w| {
            w.iter().zip(&self.0).all(|(a, (b, prefix))| if *prefix { a.starts_with(b.as_str()) } else { a == b })
        })
    }
}

impl Rule {
    /// True when the rule's English patterns match `en` or its French ones match `fr`.
    fn matches(&self, en: Option<&str>, fr: Option<&str>) -> bool {
        let any = |patterns: &[Pattern], text: Option<&str>| {
            text.is_some_and(|t| {
                let folded = fold(t);
                let words: Vec<&str> = folded.split(' ').collect();
                patterns.iter().any(|p| p.matches(&words))
            })
        };
        any(&self.en, en) || any(&self.fr, fr)
    }
}

/// The rules, in the table's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Rules(pub Vec<Rule>);

impl Rules {
    /// Parses the table (see `data/collaboration/rules.csv`).
    pub fn parse(text: &str) -> Result<Rules, String> {
        #[derive(Deserialize)]
        struct Row {
            id: String,
            host: String,
            en: String,
            fr: String,
        }
        let mut rules: Vec<Rule> = Vec::new();
        for (line, r) in table::curated::<Row>(text)? {
            if r.id.is_empty()
                || rules.iter().any(|x| x.id == r.id)
                || [PARTNER_RULE, TERRITORIAL_RULE].contains(&r.id.as_str())
            {
                return Err(format!("line {line}: empty or repeated id {:?}", r.id));
            }
            let host = HostKind::from_id(&r.host).ok_or_else(|| format!("line {line}: unknown host {:?}", r.host))?;
            let patterns = |cell: &str| cell.split('|').filter_map(Pattern::parse).collect::<Vec<_>>();
            let (en, fr) = (patterns(&r.en), patterns(&r.fr));
            if en.is_empty() && fr.is_empty() {
                return Err(format!("line {line}: rule {} has no pattern", r.id));
            }
            rules.push(Rule { id: r.id, host, en, fr });
        }
        Ok(Rules(rules))
    }

    /// The embedded table.
    pub fn embedded() -> Rules {
        Rules::parse(RULES).expect("data/collaboration/rules.csv is checked by the tests")
    }

    /// The first rule that matches a quote.
    fn first(&self, q: &Quote) -> Option<&Rule> {
        self.0.iter().find(|r| r.matches(q.text.en.as_deref(), q.text.fr.as_deref()))
    }
}

/// What the 2026 list says about one point.
#[derive(Debug, Clone, Default)]
pub struct Words<'a> {
    /// `address_en` and `address_fr` as in the file (lines separated by ";").
    pub address_en: &'a str,
    pub address_fr: &'a str,
    /// The compiler's `notes`.
    pub notes: &'a str,
    /// The finder's note, where it has one.
    pub finder_note: Text,
}

/// One quote that the rules read.
struct Quote {
    field: Field,
    text: Text,
}

/// The quotes of a point, in reading order: address lines (a line that starts with a
/// digit is a civic address, not read), the compiler's note, the finder's note.
fn quotes(w: &Words<'_>) -> Vec<Quote> {
    let en: Vec<&str> = w.address_en.split(';').map(str::trim).collect();
    let fr: Vec<&str> = w.address_fr.split(';').map(str::trim).collect();
    let mut out = Vec::new();
    for i in 0..en.len().max(fr.len()) {
        let line =
            |v: &[&str]| v.get(i).and_then(|s| non_empty(s)).filter(|s| !s.starts_with(|c: char| c.is_ascii_digit()));
        let text = Text { en: line(&en), fr: line(&fr) };
        if !text.is_empty() {
            out.push(Quote { field: Field::AddressLine, text });
        }
    }
    if let Some(n) = non_empty(w.notes) {
        out.push(Quote { field: Field::CompilerNote, text: Text::en(n) });
    }
    if !w.finder_note.is_empty() {
        out.push(Quote { field: Field::FinderNote, text: w.finder_note.clone() });
    }
    out
}

/// Classifies a point of the 2026 list of kind `kind` (see the module documentation).
pub fn classify(rules: &Rules, kind: PointKind, w: &Words<'_>) -> Collaboration {
    let quotes = quotes(w);
    let firsts: Vec<Option<&Rule>> = quotes.iter().map(|q| rules.first(q)).collect();
    // The first rule of the table that matches any quote decides.
    let Some(decisive) = rules.0.iter().find(|r| firsts.iter().flatten().any(|f| f.id == r.id)) else {
        return Collaboration::NONE_STATED;
    };
    if decisive.host == HostKind::NoneStated {
        return Collaboration::NONE_STATED;
    }
    let evidence = quotes
        .into_iter()
        .zip(firsts)
        .filter_map(|(q, f)| f.filter(|f| f.host == decisive.host).map(|f| (q, f)))
        .map(|(q, f)| Evidence { field: q.field, rule: f.id.clone(), quote: q.text })
        .collect();
    let kind = match (decisive.host.is_partner(), kind) {
        (false, _) => CollabKind::NoneStated,
        (true, PointKind::Outreach) => CollabKind::HostedOutreach,
        (true, PointKind::Partner) => CollabKind::Integration,
        (true, _) => CollabKind::CoLocation,
    };
    Collaboration { host: decisive.host, kind, evidence }
}

/// A "Service Delivery Partner" of the 2024 list: service integration by its point type,
/// its host not named yet.
pub fn partner(point_type: &str) -> Collaboration {
    Collaboration {
        host: HostKind::NoneStated,
        kind: CollabKind::Integration,
        evidence: vec![Evidence {
            field: Field::PointType,
            rule: PARTNER_RULE.to_owned(),
            quote: Text::en(point_type.trim()),
        }],
    }
}

/// Names the host of every integration point whose community has a centre of network
/// `territorial` whose services say [`FEDERAL_PROGRAMS`]: the territorial government,
/// with that centre's name and those words as evidence. Returns how many were named.
pub fn name_partners(points: &mut [Point], territorial: u16) -> usize {
    let centres: Vec<(String, Text)> = points
        .iter()
        .filter(|p| p.network == territorial)
        .filter(|p| p.services.en.as_deref().is_some_and(|s| s.contains(FEDERAL_PROGRAMS)))
        .map(|p| (fold(&p.community), p.name.clone()))
        .collect();
    let mut named = 0;
    for p in points.iter_mut() {
        let community = fold(&p.community);
        let Some(c) = p.collaboration.as_mut().filter(|c| c.kind == CollabKind::Integration) else { continue };
        let Some((_, name)) = centres.iter().find(|(k, _)| *k == community) else { continue };
        c.host = HostKind::Provincial;
        let quote =
            |text: Text| Evidence { field: Field::TerritorialList, rule: TERRITORIAL_RULE.to_owned(), quote: text };
        c.evidence.push(quote(name.clone()));
        c.evidence.push(quote(Text::en(FEDERAL_PROGRAMS)));
        named += 1;
    }
    named
}

#[cfg(test)]
mod tests;
