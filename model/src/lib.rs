//! Types and rules shared by the browser (wasm) and the server.
//! Nothing here may depend on the database or on Leptos.

pub mod lang;

pub use lang::Lang;
