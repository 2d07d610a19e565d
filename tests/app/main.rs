//! Integration tests: the real application on a free port with a fresh SQLite file, driven
//! over HTTP as a browser or a script would.

mod helpers;

mod access;
mod accounts;
mod analyst;
mod cli;
mod dataset;
mod durability;
mod editing;
mod extraction;
mod filters;
mod openapi;
mod pages;
mod pagination;
mod properties;
mod protection;
mod records;
mod seed;
mod statements;
mod suggestions;
mod synth;
