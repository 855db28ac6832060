//! Entry point of the web app: install the panic hook and mount the shell.
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    guichet::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("guichet is a web app: build it with `trunk build` (see README.md).");
}
