use super::*;

fn refused(bytes: &[u8]) -> Problem {
    decode_with(bytes, MIGRATIONS).expect_err("a refusal")
}

#[test]
fn current_version_round_trips() {
    let mut data = UserData::default();
    data.roadmaps.insert("r".into(), Progress::default());
    let mut bytes = Vec::new();
    encode(&mut bytes, &data).unwrap();
    assert!(bytes.ends_with(b"}\n"));
    assert_eq!(decode_with(&bytes, MIGRATIONS).unwrap(), data);
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend(&bytes);
    assert_eq!(decode_with(&with_bom, MIGRATIONS).unwrap(), data);
}

#[test]
fn each_kind_of_bad_file_is_told_apart() {
    assert_eq!(refused(b""), Problem::Empty);
    assert_eq!(refused(b" \n"), Problem::Empty);
    assert!(matches!(
        refused(b"{\"version\": 1, \"roadm"),
        Problem::CutShort { line: 1, .. }
    ));
    assert!(matches!(refused(b"hello"), Problem::NotJson(_)));
    assert_eq!(refused(b"[1, 2]"), Problem::NotAnObject(JsonType::Array));
    assert_eq!(refused(b"\"x\""), Problem::NotAnObject(JsonType::String));
    assert_eq!(refused(b"{\"roadmaps\": {}}"), Problem::NoVersion);
    assert_eq!(
        refused(b"{\"version\": \"1\"}"),
        Problem::BadVersion("\"1\"".into())
    );
    assert_eq!(
        refused(b"{\"version\": -1}"),
        Problem::BadVersion("-1".into())
    );
    assert_eq!(refused(b"{\"version\": 0}"), Problem::NeverWritten(0));
    let Problem::DuplicateKey(duplicate) =
        refused(b"{\"version\": 4, \"roadmaps\": {\"r\": {},\n \"r\": {}}}")
    else {
        panic!("a duplicate key");
    };
    assert_eq!((duplicate.key.as_str(), duplicate.line), ("r", 2));
    assert!(matches!(
        refused(b"{\"version\": 4, \"version\": 4}"),
        Problem::DuplicateKey(_)
    ));
    let Problem::Shape(shape) = refused(b"{\"version\": 4, \"roadmaps\": []}") else {
        panic!("a shape problem");
    };
    assert!(shape.contains("line 1"), "{shape}");
    let Problem::Shape(unknown) = refused(b"{\"version\": 4, \"extra\": true}") else {
        panic!("a shape problem");
    };
    assert!(unknown.contains("unknown field `extra`"), "{unknown}");
}

#[test]
fn newer_versions_are_refused_even_in_a_shape_this_build_cannot_parse() {
    assert_eq!(
        refused(b"{\"version\": 5, \"roadmaps\": {}}"),
        Problem::Newer(5)
    );
    assert_eq!(
        refused(b"{\"version\": 7, \"roadmaps\": [\"new\"]}"),
        Problem::Newer(7)
    );
}

/// Pretend the current format is version 3: version 1 kept notes as a
/// single `note` string, version 2 called `roadmaps` `tracks`.
fn rename_note(document: &mut Map<String, Value>) -> Result<(), String> {
    for progress in document
        .get_mut("tracks")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|tracks| tracks.values_mut())
    {
        let steps = progress.get_mut("steps").and_then(Value::as_object_mut);
        for record in steps.into_iter().flat_map(|s| s.values_mut()) {
            let record = record.as_object_mut().ok_or("a step is not an object")?;
            if let Some(Value::String(text)) = record.remove("note") {
                let note = serde_json::json!({"at": "2026-01-01T00:00:00Z", "text": text});
                record.insert("notes".into(), Value::Array(vec![note]));
            }
        }
    }
    Ok(())
}

fn rename_tracks(document: &mut Map<String, Value>) -> Result<(), String> {
    let tracks = document.remove("tracks").unwrap_or_default();
    document.insert("roadmaps".into(), tracks);
    Ok(())
}

#[test]
fn version_2_files_read_as_the_current_version() {
    let v2 = br#"{"version": 2, "roadmaps": {"r": {"steps": {"a": {"status": "done"}}}}}"#;
    let data = decode(v2).unwrap();
    assert_eq!(data.version, STORE_VERSION);
    assert!(data.roadmaps["r"].ticks.is_empty());
    assert_eq!(data.roadmaps["r"].stack, None);
}

#[test]
fn older_versions_are_migrated_step_by_step() {
    let migrations: &[Migration] = &[rename_note, rename_tracks];
    let v1 =
        br#"{"version": 1, "tracks": {"r": {"steps": {"a": {"status": "done", "note": "hi"}}}}}"#;
    let data = decode_with(v1, migrations).unwrap();
    assert_eq!(data.version, 3);
    let record = &data.roadmaps["r"].steps["a"];
    assert_eq!(record.notes[0].text, "hi");
    let v2 = br#"{"version": 2, "tracks": {"r": {}}}"#;
    assert!(
        decode_with(v2, migrations)
            .unwrap()
            .roadmaps
            .contains_key("r")
    );
    let v3 = br#"{"version": 3, "roadmaps": {}}"#;
    assert!(decode_with(v3, migrations).is_ok());
    assert!(decode(br#"{"version": 1, "roadmaps": {}}"#).is_ok());
    assert!(decode(br#"{"version": 2, "roadmaps": {}}"#).is_ok());
    let broken = br#"{"version": 1, "tracks": {"r": {"steps": {"a": 5}}}}"#;
    assert_eq!(
        decode_with(broken, migrations).unwrap_err(),
        Problem::Migration {
            from: 1,
            problem: "a step is not an object".into()
        }
    );
}

#[test]
fn version_3_settings_become_undated_registers() {
    let v3 = br#"{"version": 3, "roadmaps": {"r": {"stack": "php"}, "s": {}},
                 "goal": {"minutes_per_week": 600}}"#;
    let data = decode(v3).unwrap();
    assert_eq!(data.goal().map(|g| g.minutes_per_week), Some(600));
    assert_eq!(data.roadmaps["r"].stack(), Some("php"));
    assert_eq!(data.roadmaps["s"].stack, None);
    let undated: chrono::DateTime<chrono::Utc> = crate::progress::setting::UNDATED.parse().unwrap();
    assert_eq!(data.goal.as_ref().unwrap().at, undated);
    assert_eq!(data.roadmaps["r"].stack.as_ref().unwrap().at, undated);
}

#[test]
fn a_version_4_setting_with_an_unknown_field_is_refused() {
    let v4 = br#"{"version": 4, "goal": {"value": {"minutes_per_week": 1}, "at": "2026-01-01T00:00:00Z", "by": "x"}}"#;
    assert!(matches!(decode(v4), Err(Problem::Shape(_))));
}
