//! The device position, asked for only when the user presses "Use my location". The
//! position stays in the page: it is never sent anywhere.
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::domain::geo::LatLon;

/// Why no position came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocateError {
    Denied,
    Unavailable,
    Timeout,
    Unsupported,
}

impl LocateError {
    pub const fn message_id(self) -> &'static str {
        match self {
            LocateError::Denied => "locate-denied",
            LocateError::Unavailable => "locate-unavailable",
            LocateError::Timeout => "locate-timeout",
            LocateError::Unsupported => "locate-unsupported",
        }
    }
}

/// How long the browser may take, in milliseconds.
pub const TIMEOUT_MS: u32 = 15_000;

/// Asks the browser for the position once; calls `done` with the outcome.
pub fn locate(done: impl FnOnce(Result<LatLon, LocateError>) + 'static) {
    let Some(geo) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        done(Err(LocateError::Unsupported));
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |r: Result<LatLon, LocateError>| {
            if let Some(f) = done.borrow_mut().take() {
                f(r);
            }
        }
    };
    let ok = {
        let finish = finish.clone();
        // web-sys's stable names for GeolocationPosition / GeolocationPositionError.
        Closure::once_into_js(move |pos: web_sys::Position| {
            let c = pos.coords();
            finish(Ok(LatLon::new(c.latitude(), c.longitude())));
        })
    };
    let err = {
        let finish = finish.clone();
        Closure::once_into_js(move |e: web_sys::PositionError| {
            finish(Err(match e.code() {
                1 => LocateError::Denied,
                3 => LocateError::Timeout,
                _ => LocateError::Unavailable,
            }));
        })
    };
    let opts = web_sys::PositionOptions::new();
    opts.set_timeout(TIMEOUT_MS);
    opts.set_maximum_age(60_000);
    opts.set_enable_high_accuracy(false);
    if geo
        .get_current_position_with_error_callback_and_options(ok.unchecked_ref(), Some(err.unchecked_ref()), &opts)
        .is_err()
    {
        finish(Err(LocateError::Unsupported));
    }
}
