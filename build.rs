// Migrations are embedded by `sqlx::migrate!`; without this a new migration is not picked up.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
