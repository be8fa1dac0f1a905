//! Small helpers shared by rules.

pub mod conn_url;
