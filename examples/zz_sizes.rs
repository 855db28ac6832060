use guichet::bundle::{self, CoreBundle};
fn main() {
    let bytes = std::fs::read("/tmp/b2/core.bin").unwrap();
    let core: CoreBundle = bundle::decode(&bytes).unwrap();
    let size =
        |pts: &Vec<guichet::domain::model::Point>| guichet::pipeline::brotli_len(&postcard::to_allocvec(pts).unwrap());
    let base = size(&core.points);
    println!("points {base}");
    let mut p = core.points.clone();
    for x in &mut p {
        x.website = Default::default();
    }
    println!("no website: -{}", base - size(&p));
    let mut p = core.points.clone();
    for x in &mut p {
        x.address.street_fr = None;
        x.address.city_fr = None;
    }
    println!("no fr address: -{}", base - size(&p));
    let mut p = core.points.clone();
    for x in &mut p {
        x.name.fr = None;
    }
    println!("no fr name: -{}", base - size(&p));
    let mut p = core.points.clone();
    for x in &mut p {
        x.hours = Default::default();
    }
    println!("no hours: -{}", base - size(&p));
    let mut p = core.points.clone();
    for x in &mut p {
        x.sources = vec![];
    }
    println!("no sources: -{}", base - size(&p));
    let mut p = core.points.clone();
    for x in &mut p {
        x.notes = vec![];
        x.closures = vec![];
    }
    println!("no notes/closures: -{}", base - size(&p));
    let mut p = core.points.clone();
    for x in &mut p {
        x.services = Default::default();
    }
    println!("no services text: -{}", base - size(&p));
    println!("retired {}", guichet::pipeline::brotli_len(&postcard::to_allocvec(&core.retired).unwrap()));
}
