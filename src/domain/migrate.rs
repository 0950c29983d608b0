//! The migration registry: how a file written by an older app version becomes a file of
//! [`CURRENT_VERSION`] before its records are restored.
//!
//! Migrations work on the raw JSON value, not on typed records, because an old file is by
//! definition not shaped like today's types. Each step moves exactly one version forward and
//! the registry runs them in sequence, so a version-1 file opened by a version-5 app goes
//! through 1→2→3→4→5 and every step only has to know its neighbour.
//!
//! To change the file format: bump `CURRENT_VERSION`, push a step onto `STEPS`, and add a
//! golden `tests/fixtures/backup-vN.json`. The tests enforce all three.

use super::files::CURRENT_VERSION;
use super::import::ImportError;
use serde_json::Value;

/// One step: a whole file of version `n` in, a file of version `n + 1` out. The registry sets
/// `version` itself afterwards, so a step cannot forget it.
pub type Step = fn(Value) -> Result<Value, ImportError>;

/// `STEPS[i]` migrates version `i + 1` to `i + 2`. Version 1 is current, so there are none yet.
const STEPS: &[Step] = &[];

/// Migrates a file of `version` to `CURRENT_VERSION`. A newer version is refused (the user must
/// update the app); version 0 does not exist.
pub fn migrate(version: u32, file: Value) -> Result<Value, ImportError> {
    run(STEPS, CURRENT_VERSION, version, file)
}

fn run(steps: &[Step], current: u32, version: u32, mut file: Value) -> Result<Value, ImportError> {
    if version == 0 {
        return Err(ImportError::BadHeader { field: "version" });
    }
    if version > current {
        return Err(ImportError::NewerVersion {
            found: u64::from(version),
            supported: current,
        });
    }
    for from in version..current {
        let step = steps
            .get((from - 1) as usize)
            .ok_or(ImportError::MigrationFailed { from })?;
        file = step(file)?;
        match &mut file {
            Value::Object(obj) => {
                obj.insert("version".into(), Value::from(from + 1));
            }
            _ => return Err(ImportError::MigrationFailed { from }),
        }
    }
    Ok(file)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    /// Applies `f` to every record of a file: what most real steps will do.
    fn map_records(mut file: Value, f: impl Fn(&mut serde_json::Map<String, Value>)) -> Value {
        if let Some(Value::Array(records)) = file.get_mut("records") {
            for r in records.iter_mut().filter_map(Value::as_object_mut) {
                f(r);
            }
        }
        file
    }

    /// Fake v1 → v2: `title` was renamed `heading`.
    fn v1_to_v2(file: Value) -> Result<Value, ImportError> {
        Ok(map_records(file, |r| {
            if let Some(t) = r.remove("title") {
                r.insert("heading".into(), t);
            }
        }))
    }

    /// Fake v2 → v3: every record gains `pinned: false`.
    fn v2_to_v3(file: Value) -> Result<Value, ImportError> {
        Ok(map_records(file, |r| {
            r.entry("pinned").or_insert(json!(false));
        }))
    }

    fn failing(_: Value) -> Result<Value, ImportError> {
        Err(ImportError::MigrationFailed { from: 2 })
    }

    fn v1_file() -> Value {
        json!({"format": "jejak-backup", "version": 1, "records": [{"id": "x", "title": "A"}]})
    }

    #[test]
    fn registry_has_one_step_per_past_version() {
        assert_eq!(STEPS.len(), (CURRENT_VERSION - 1) as usize);
    }

    #[test]
    fn current_version_is_unchanged() {
        assert_eq!(migrate(CURRENT_VERSION, v1_file()), Ok(v1_file()));
    }

    #[test]
    fn steps_run_in_sequence_and_set_the_version() {
        let steps: &[Step] = &[v1_to_v2, v2_to_v3];
        let out = run(steps, 3, 1, v1_file()).unwrap();
        assert_eq!(
            out,
            json!({"format": "jejak-backup", "version": 3,
                   "records": [{"id": "x", "heading": "A", "pinned": false}]})
        );
        // A v2 file only runs the second step.
        let v2 = json!({"format": "jejak-backup", "version": 2, "records": [{"title": "kept"}]});
        let out = run(steps, 3, 2, v2).unwrap();
        assert_eq!(out["records"][0], json!({"title": "kept", "pinned": false}));
    }

    #[test]
    fn newer_zero_missing_and_failing_steps_are_errors() {
        let steps: &[Step] = &[v1_to_v2];
        assert_eq!(
            run(steps, 2, 3, v1_file()),
            Err(ImportError::NewerVersion {
                found: 3,
                supported: 2
            })
        );
        assert_eq!(
            run(steps, 2, 0, v1_file()),
            Err(ImportError::BadHeader { field: "version" })
        );
        assert_eq!(
            run(steps, 3, 1, v1_file()),
            Err(ImportError::MigrationFailed { from: 2 }),
            "a missing step is an error, not a silent skip"
        );
        let steps: &[Step] = &[v1_to_v2, failing];
        assert_eq!(
            run(steps, 3, 1, v1_file()),
            Err(ImportError::MigrationFailed { from: 2 })
        );
    }
}
