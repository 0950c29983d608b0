//! Links the WebAssembly binary with its relocations kept (`--emit-relocs`): the build's split
//! step (scripts/split.mjs, wasm-split-cli) needs them to cut the lazily loaded screens out of
//! the main module. A build script rather than RUSTFLAGS, so the `erase_components` cfg in
//! .cargo/config.toml stays and native builds (tests) are untouched.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
