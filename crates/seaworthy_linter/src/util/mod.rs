//! Small helpers shared by rules.

pub mod conn_url;
pub mod date;
