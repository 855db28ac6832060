//! Site configuration from `/config.json` (optional): raster tiles for the map, the
//! "report a problem" address, kiosk settings. Missing or invalid configuration means the defaults: no tiles, no kiosk.
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

use crate::platform::fetch;

/// Optional online raster tiles under the basemap.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Tiles {
    /// URL template with `{z}`, `{x}` and `{y}`, e.g. a government basemap service.
    pub url: String,
    /// Attribution shown on the map when tiles are on.
    pub attribution: String,
    /// Highest zoom the service has.
    #[serde(default = "max_zoom")]
    pub max_zoom: u8,
}

fn max_zoom() -> u8 {
    17
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Config {
    #[serde(default)]
    pub tiles: Option<Tiles>,
    /// "Report a problem with this information": an `https://` or `mailto:` address with
    /// `{id}`, `{name}` and `{version}` placeholders (`nav::open::ReportTemplate`); no
    /// link without it.
    #[serde(default)]
    pub report: Option<String>,
}

impl Tiles {
    /// The URL of tile `x`, `y` at zoom `z` (only `https:` templates are accepted).
    pub fn url_for(&self, z: u8, x: u32, y: u32) -> Option<String> {
        if !self.url.starts_with("https://") {
            return None;
        }
        Some(self.url.replace("{z}", &z.to_string()).replace("{x}", &x.to_string()).replace("{y}", &y.to_string()))
    }
}

#[derive(Clone, Copy)]
pub struct ConfigCtx(pub RwSignal<Config>);

pub fn provide_config() -> ConfigCtx {
    let ctx = ConfigCtx(RwSignal::new(Config::default()));
    provide_context(ctx);
    spawn_local(async move {
        if let Ok(bytes) = fetch::bytes("/config.json", "config.json", true).await {
            if let Ok(c) = serde_json::from_slice::<Config>(&bytes) {
                ctx.0.set(c);
            }
        }
    });
    ctx
}

pub fn use_config() -> ConfigCtx {
    expect_context::<ConfigCtx>()
}
