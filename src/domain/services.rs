//! Services search: from what a person types ("passport", "SIN", "assurance emploi") to
//! services of the catalogue, ranked; plus the channel summary of a service page.
//!
//! - **Index**: names and descriptions in both languages, folded (case, accents, hyphens:
//!   `text::fold`), split into words, common English and French words dropped, each word
//!   lightly stemmed ([`stem`]). One sorted vocabulary with a posting list per stem, each
//!   posting saying whether the word is in the service's name or only its description.
//! - **Query**: the same folding and stemming; the last word matches as a prefix while it
//!   is being typed (no trailing space). Every query word must match (AND).
//! - **Synonyms** (`data/services/synonyms.csv`, carried in `services.bin`): when the
//!   query contains a term of a group, the query is also run with that term replaced by
//!   each other term of the group; a service keeps its best score.
//! - **Ranking**: per query word, name beats description and an exact word beats a
//!   prefix (3, 2, 1, 0.6); the average over the words, plus a small boost for the most
//!   used services (total applications, logarithmic), which only orders near ties.
use super::service::{Channel, Count, Service, ServiceCatalogue};
use super::text::fold;

/// Words too common to search by (folded).
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "au", "aux", "avec", "be", "by", "ce", "d", "de", "des", "do", "du", "en",
    "est", "et", "for", "from", "how", "i", "in", "is", "it", "l", "la", "le", "les", "ma", "mes", "mon", "my", "of",
    "on", "or", "ou", "par", "pour", "qu", "que", "s", "sa", "son", "sur", "the", "to", "un", "une", "with", "y",
    "your",
];

/// Score of a query word found in a name, exactly or as a prefix; in a description.
const NAME_EXACT: f32 = 3.0;
const NAME_PREFIX: f32 = 2.0;
const DESC_EXACT: f32 = 1.0;
const DESC_PREFIX: f32 = 0.6;
/// Most the popularity boost adds (a service with ~10 million applications a year).
const POPULARITY_MAX: f32 = 0.35;
/// Shortest query word matched as a prefix.
const MIN_PREFIX: usize = 2;

/// A light stemmer for folded English and French words: plurals and a few endings, so
/// that "passports", "prestations", "families", "canadienne" meet "passport",
/// "prestation", "family", "canadien". Only ever shortens or rewrites the end of a word
/// the same way for the index and the query. Words of three letters or fewer are kept.
///
/// ```
/// use guichet::domain::services::stem;
/// assert_eq!(stem("passports"), stem("passport"));
/// assert_eq!(stem("prestations"), stem("prestation"));
/// assert_eq!(stem("families"), stem("family"));
/// assert_eq!(stem("canadienne"), stem("canadien"));
/// assert_eq!(stem("journaux"), stem("journal"));
/// assert_eq!(stem("benefits"), "benefit");
/// assert_eq!(stem("sin"), "sin");
/// assert_eq!(stem("business"), "business");
/// ```
pub fn stem(word: &str) -> String {
    let mut w = word.to_owned();
    if w.len() <= 3 || !w.is_ascii() {
        return w;
    }
    if w.ends_with("aux") && w.len() > 5 {
        w.truncate(w.len() - 3);
        w.push_str("al");
    } else if w.ends_with("ies") && w.len() > 5 {
        w.truncate(w.len() - 3);
        w.push('i');
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    if w.len() > 4 {
        if w.ends_with('y') {
            w.pop();
            w.push('i');
        } else if w.ends_with("nne") {
            w.truncate(w.len() - 2);
        } else if w.ends_with("ing") && w.len() > 6 {
            w.truncate(w.len() - 3);
        } else if w.ends_with("ed") && w.len() > 5 {
            w.truncate(w.len() - 2);
        } else if w.ends_with('e') {
            w.pop();
            if w.ends_with('e') && w.len() > 4 {
                w.pop();
            }
        }
    }
    w
}

/// The stemmed search words of a text (folded, stopwords dropped).
pub fn words(text: &str) -> Vec<String> {
    fold(text).split(' ').filter(|w| !w.is_empty() && !STOPWORDS.contains(w)).map(stem).collect()
}

/// A service found, with its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index into the catalogue's services.
    pub service: u32,
    pub score: f32,
}

/// The search index of a catalogue. Build once per catalogue ([`ServiceIndex::new`]).
#[derive(Debug, Clone, Default)]
pub struct ServiceIndex {
    /// Sorted, unique stems.
    terms: Vec<String>,
    /// Per term: `service << 1 | in_description_only`, sorted by service.
    postings: Vec<Vec<u32>>,
    popularity: Vec<f32>,
    /// Per synonym group, per term: its stemmed words.
    synonyms: Vec<Vec<Vec<String>>>,
}

/// A query word: its stem and whether it may match as a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    stem: String,
    prefix: bool,
}

impl ServiceIndex {
    pub fn new(cat: &ServiceCatalogue) -> ServiceIndex {
        // Stem → postings (`service << 1 | in_description_only`).
        let mut map: std::collections::HashMap<String, Vec<u32>> = std::collections::HashMap::new();
        for (i, s) in cat.services.iter().enumerate() {
            let i = i as u32;
            for t in [&s.name.en, &s.name.fr].into_iter().flatten() {
                for w in words(t) {
                    map.entry(w).or_default().push(i << 1);
                }
            }
            for t in [&s.description.en, &s.description.fr].into_iter().flatten() {
                for w in words(t) {
                    map.entry(w).or_default().push(i << 1 | 1);
                }
            }
        }
        let mut entries: Vec<(String, Vec<u32>)> = map.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut terms = Vec::with_capacity(entries.len());
        let mut postings = Vec::with_capacity(entries.len());
        for (term, mut list) in entries {
            // One posting per service: the name one (even, so first once sorted) if any.
            list.sort_unstable();
            list.dedup_by(|b, a| *a >> 1 == *b >> 1);
            terms.push(term);
            postings.push(list);
        }
        let popularity = cat
            .services
            .iter()
            .map(|s| {
                let total = applications(s) as f32;
                (total + 1.0).log10().min(7.0) / 7.0 * POPULARITY_MAX
            })
            .collect();
        let synonyms =
            cat.synonyms.iter().map(|g| g.terms.iter().map(|t| words(t)).filter(|w| !w.is_empty()).collect()).collect();
        ServiceIndex { terms, postings, popularity, synonyms }
    }

    /// Number of distinct stems indexed.
    pub fn vocabulary(&self) -> usize {
        self.terms.len()
    }

    /// The best `limit` services for `query`, best first (ties: more used first, then
    /// catalogue order).
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let typing = !query.ends_with(char::is_whitespace);
        let folded = fold(query);
        let all: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        let kept: Vec<&str> = all.iter().copied().filter(|w| !STOPWORDS.contains(w)).collect();
        let raw = if kept.is_empty() { all } else { kept };
        if raw.is_empty() {
            return Vec::new();
        }
        let last = raw.len() - 1;
        let query: Vec<Word> =
            raw.iter().enumerate().map(|(i, w)| Word { stem: stem(w), prefix: typing && i == last }).collect();

        let n = self.popularity.len();
        let mut best = vec![0f32; n];
        for alternative in self.alternatives(&query) {
            self.score(&alternative, &mut best);
        }
        let mut hits: Vec<Hit> = best
            .iter()
            .enumerate()
            .filter(|(_, s)| **s > 0.0)
            .map(|(i, s)| Hit { service: i as u32, score: s + self.popularity[i] })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.service.cmp(&b.service)));
        hits.truncate(limit);
        hits
    }

    /// The query itself, then the query with synonyms swapped in: for each group term found
    /// as whole words in the query (longest first, without overlap, at most two), every
    /// other term of the group. Words that come from a synonym match exactly.
    fn alternatives(&self, query: &[Word]) -> Vec<Vec<Word>> {
        // (start, len, group, term)
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        for (g, group) in self.synonyms.iter().enumerate() {
            for (t, term) in group.iter().enumerate() {
                if term.len() > query.len() {
                    continue;
                }
                for start in 0..=query.len() - term.len() {
                    if query[start..start + term.len()].iter().zip(term).all(|(q, w)| q.stem == *w) {
                        found.push((start, term.len(), g, t));
                    }
                }
            }
        }
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut spans: Vec<(usize, usize, usize, usize)> = Vec::new();
        for f in found {
            if spans.len() < 2 && spans.iter().all(|s| f.0 + f.1 <= s.0 || s.0 + s.1 <= f.0) {
                spans.push(f);
            }
        }
        spans.sort();
        let mut out = vec![query.to_vec()];
        // Replace spans right to left so earlier positions stay valid.
        for &(start, len, g, t) in spans.iter().rev() {
            let mut next = Vec::new();
            for alt in &out {
                for (k, term) in self.synonyms[g].iter().enumerate() {
                    if k == t {
                        continue;
                    }
                    let mut a = alt[..start].to_vec();
                    a.extend(term.iter().map(|w| Word { stem: w.clone(), prefix: false }));
                    a.extend_from_slice(&alt[start + len..]);
                    next.push(a);
                }
            }
            out.extend(next);
        }
        out
    }

    /// Scores every service for one alternative, keeping the best score per service.
    fn score(&self, query: &[Word], best: &mut [f32]) {
        let n = best.len();
        let mut sum = vec![0f32; n];
        let mut matched = vec![0u16; n];
        let mut word_best = vec![0f32; n];
        let mut touched: Vec<u32> = Vec::new();
        for (k, w) in query.iter().enumerate() {
            touched.clear();
            let start = self.terms.partition_point(|t| t.as_str() < w.stem.as_str());
            let end = if w.prefix && w.stem.len() >= MIN_PREFIX {
                start + self.terms[start..].partition_point(|t| t.starts_with(w.stem.as_str()))
            } else {
                start + usize::from(self.terms.get(start) == Some(&w.stem))
            };
            for t in start..end {
                let exact = self.terms[t] == w.stem;
                for &p in &self.postings[t] {
                    let s = (p >> 1) as usize;
                    // Only services that matched every earlier word can still qualify.
                    if matched[s] as usize != k {
                        continue;
                    }
                    let v = match (p & 1 == 0, exact) {
                        (true, true) => NAME_EXACT,
                        (true, false) => NAME_PREFIX,
                        (false, true) => DESC_EXACT,
                        (false, false) => DESC_PREFIX,
                    };
                    if word_best[s] == 0.0 {
                        touched.push(s as u32);
                    }
                    word_best[s] = word_best[s].max(v);
                }
            }
            for &s in &touched {
                let s = s as usize;
                sum[s] += word_best[s];
                matched[s] += 1;
                word_best[s] = 0.0;
            }
        }
        let len = query.len() as f32;
        for s in 0..n {
            if matched[s] as usize == query.len() {
                best[s] = best[s].max(sum[s] / len);
            }
        }
    }
}

/// Applications in the year over every channel with a figure.
pub fn applications(s: &Service) -> u64 {
    let v = &s.volumes;
    [v.online, v.in_person, v.phone, v.mail, v.email, v.fax, v.other].iter().filter_map(|c| c.known()).sum()
}

/// A channel's share of a service's applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub channel: Channel,
    pub count: u64,
    /// Rounded percentage of the applications with a figure.
    pub percent: u8,
}

/// How people apply, from the volumes: channels with applications, most used first
/// (empty when the inventory gives no figure above zero).
pub fn channel_shares(s: &Service) -> Vec<Share> {
    let v = &s.volumes;
    let list = [
        (Channel::Online, v.online),
        (Channel::InPerson, v.in_person),
        (Channel::Phone, v.phone),
        (Channel::Mail, v.mail),
        (Channel::Email, v.email),
        (Channel::Fax, v.fax),
        (Channel::Other, v.other),
    ];
    let total: u64 = list.iter().filter_map(|(_, c)| c.known()).sum();
    if total == 0 {
        return Vec::new();
    }
    let mut out: Vec<Share> = list
        .iter()
        .filter_map(|&(channel, c)| match c {
            Count::Known(n) if n > 0 => {
                Some(Share { channel, count: n, percent: ((n as f64 * 100.0 / total as f64).round()) as u8 })
            }
            _ => None,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.channel.cmp(&b.channel)));
    out
}

/// The channels a service page shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Offered {
    /// Apply or get it online (an official page, online applications, or an online step).
    pub online: bool,
    /// By phone (applications or enquiries by phone, or phone among its contact channels).
    pub phone: bool,
    /// In person ([`Service::in_person`]).
    pub in_person: bool,
    /// By mail.
    pub mail: bool,
}

/// Which channels the inventory says the service offers.
pub fn offered(s: &Service) -> Offered {
    let v = &s.volumes;
    Offered {
        online: v.online.offered() || s.online.can_apply() || s.feedback.contains(Channel::Online),
        phone: v.phone.offered() || v.phone_enquiries.offered() || s.feedback.contains(Channel::Phone),
        in_person: s.in_person(),
        mail: v.mail.offered() || s.feedback.contains(Channel::Mail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Text;
    use crate::domain::service::{Channels, SynonymGroup, Volumes};

    fn service(id: &str, name: (&str, &str), desc: (&str, &str), total: u64) -> Service {
        Service {
            id: id.into(),
            name: Text::both(name.0, name.1),
            description: Text::both(desc.0, desc.1),
            volumes: Volumes { online: Count::Known(total), ..Volumes::default() },
            ..Service::default()
        }
    }

    fn catalogue() -> ServiceCatalogue {
        let syn =
            |id: &str, terms: &[&str]| SynonymGroup { id: id.into(), terms: terms.iter().map(|t| fold(t)).collect() };
        ServiceCatalogue {
            services: vec![
                service(
                    "1",
                    ("Canadian Passport", "Passeport canadien"),
                    ("Travel documents.", "Documents de voyage."),
                    4_000_000,
                ),
                service(
                    "2",
                    ("Employment Insurance (EI) Benefits", "Prestations d'assurance-emploi"),
                    ("Temporary income support.", "Soutien du revenu temporaire."),
                    3_000_000,
                ),
                service(
                    "3",
                    ("Provision of a Social Insurance Number", "Émission d'un numéro d'assurance sociale"),
                    ("A nine-digit number.", "Un numéro à neuf chiffres."),
                    1_000_000,
                ),
                service(
                    "4",
                    ("Job Bank", "Guichet-Emplois"),
                    ("Find a job; employment insurance claimants.", "Trouver un emploi."),
                    2_000_000,
                ),
                service(
                    "5",
                    ("Passport Administrative Services", "Services administratifs des passeports"),
                    ("Passports.", "Passeports."),
                    20_000,
                ),
                service("6", ("Single Window", "Guichet unique"), ("Sin tax.", "Taxe."), 10),
            ],
            synonyms: vec![
                syn("sin", &["sin", "social insurance number", "nas", "numéro d'assurance sociale"]),
                syn("ei", &["ei", "employment insurance", "assurance-emploi", "chômage"]),
                syn("passport", &["passport", "passeport"]),
            ],
            ..ServiceCatalogue::default()
        }
    }

    fn ids(index: &ServiceIndex, cat: &ServiceCatalogue, q: &str) -> Vec<String> {
        index.search(q, 10).iter().map(|h| cat.services[h.service as usize].id.clone()).collect()
    }

    #[test]
    fn relevance() {
        let cat = catalogue();
        let ix = ServiceIndex::new(&cat);
        assert_eq!(ids(&ix, &cat, "passeport")[..2], ["1", "5"]);
        assert_eq!(ids(&ix, &cat, "Passports ")[..2], ["1", "5"]);
        assert_eq!(ids(&ix, &cat, "SIN")[0], "3");
        assert_eq!(ids(&ix, &cat, "NAS")[0], "3");
        assert_eq!(ids(&ix, &cat, "assurance emploi")[0], "2");
        assert_eq!(ids(&ix, &cat, "assurance-emploi ")[0], "2");
        assert_eq!(ids(&ix, &cat, "chômage")[0], "2");
        assert_eq!(ids(&ix, &cat, "EI")[0], "2");
        // Names rank above descriptions: "employment insurance" is in 4's description only.
        assert_eq!(ids(&ix, &cat, "employment insurance"), ["2", "4"]);
        // Prefixes while typing, accents and case ignored.
        assert_eq!(ids(&ix, &cat, "PASSE")[0], "1");
        assert_eq!(ids(&ix, &cat, "numero d assur")[0], "3");
        // A finished word must match exactly (after stemming).
        assert!(ids(&ix, &cat, "pass ").is_empty());
        assert!(ids(&ix, &cat, "").is_empty() && ids(&ix, &cat, "  ").is_empty());
        assert!(ids(&ix, &cat, "zzz").is_empty());
    }

    #[test]
    fn stems_meet() {
        for (a, b) in [
            ("pensions", "pension"),
            ("allocations", "allocation"),
            ("services", "service"),
            ("registered", "register"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        // A stem is always a prefix of the word or a rewrite of its last letters.
        assert_eq!(stem("retraite"), "retrait");
    }

    #[test]
    fn shares_and_channels() {
        let mut s = Service::default();
        assert!(channel_shares(&s).is_empty());
        s.volumes.online = Count::Known(300);
        s.volumes.in_person = Count::Known(100);
        s.volumes.mail = Count::NotDetermined;
        let shares = channel_shares(&s);
        assert_eq!(shares.len(), 2);
        assert_eq!((shares[0].channel, shares[0].percent), (Channel::Online, 75));
        assert_eq!((shares[1].channel, shares[1].percent), (Channel::InPerson, 25));
        let o = offered(&s);
        assert!(o.online && o.in_person && o.mail && !o.phone);
        s.feedback = Channels::default();
        s.feedback.insert(Channel::Phone);
        assert!(offered(&s).phone);
        assert_eq!(applications(&s), 400);
    }
}
