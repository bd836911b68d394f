//! Types and rules shared by the browser (wasm) and the server.
//! Nothing here may depend on the database or on Leptos.

pub mod content;
pub mod lang;
pub mod markup;

pub use lang::Lang;
