use super::*;
use crate::lang::Lang;
use crate::progress::Progress;

fn user(name: &str) -> UserName {
    UserName::parse(name).unwrap()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Adds roadmap `id` to alice's data.
#[cfg(unix)]
fn add(store: &Store, id: &str) -> Vec<String> {
    store
        .update(&user("alice"), |data| {
            data.roadmaps.insert(id.into(), Progress::default());
            Ok((data.roadmaps.keys().cloned().collect(), true))
        })
        .unwrap()
}

#[test]
fn update_round_trips_with_trailing_newline_and_private_modes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("data"));
    store
        .update(&user("alice"), |data| {
            data.roadmaps.insert("r".into(), Progress::default());
            Ok(((), true))
        })
        .unwrap();
    let bytes = fs::read(store.user_path(&user("alice"))).unwrap();
    assert!(bytes.ends_with(b"}\n"));
    assert_eq!(store.load(&user("alice")).unwrap().roadmaps.len(), 1);
    assert_eq!(store.users().unwrap(), ["alice"]);
    #[cfg(unix)]
    {
        assert_eq!(mode(&store.user_path(&user("alice"))), 0o600);
        assert_eq!(mode(&store.lock_path(&user("alice"))), 0o600);
        assert_eq!(mode(&store.users_dir()), 0o700);
        assert_eq!(mode(store.dir()), 0o700);
    }
}

#[test]
fn newer_version_is_refused_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    fs::create_dir_all(dir.path().join("users")).unwrap();
    let path = store.user_path(&user("bob"));
    fs::write(
        &path,
        b"{\"version\": 99, \"roadmaps\": {}, \"future\": true}\n",
    )
    .unwrap();
    let err = store.load(&user("bob")).unwrap_err().to_string();
    assert!(err.contains("newer") && err.contains("99"), "{err}");
    assert!(err.contains(&path.display().to_string()), "{err}");
    let result = store.update(&user("bob"), |_| Ok(((), true)));
    assert!(result.is_err());
    assert!(fs::read(&path).unwrap().starts_with(b"{\"version\": 99"));
}

#[test]
fn failed_change_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let result: Result<()> = store.update(&user("carol"), |_| Err(anyhow::anyhow!("no")));
    assert!(result.is_err());
    assert!(!store.user_path(&user("carol")).exists());
}

#[test]
fn a_data_directory_that_is_a_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data");
    fs::write(&file, "not a folder").unwrap();
    let store = Store::new(&file);
    for err in [
        store.update(&user("d"), |_| Ok(((), true))).unwrap_err(),
        store.load(&user("d")).unwrap_err(),
        store.users().unwrap_err(),
    ] {
        let message = err.to_string();
        assert!(message.contains("is a file, not a folder"), "{message}");
        assert!(message.contains(&file.display().to_string()), "{message}");
    }
    assert_eq!(fs::read(&file).unwrap(), b"not a folder");
}

#[test]
fn something_else_than_a_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    fs::create_dir_all(store.user_path(&user("eve"))).unwrap();
    let err = store.load(&user("eve")).unwrap_err();
    let err = err.downcast_ref::<crate::error::Error>().unwrap();
    let (err, _) = crate::i18n::error(err, Lang::Ja);
    assert!(
        err.contains("eve.json") && err.contains("通常のファイルではありません"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_to_nothing_is_not_empty_progress() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    fs::create_dir_all(dir.path().join("users")).unwrap();
    let link = store.user_path(&user("fay"));
    std::os::unix::fs::symlink(dir.path().join("unmounted/fay.json"), &link).unwrap();
    let err = store.load(&user("fay")).unwrap_err().to_string();
    assert!(err.contains("symlink") && err.contains("fay.json"), "{err}");
    assert!(store.update(&user("fay"), |_| Ok(((), true))).is_err());
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[cfg(unix)]
#[test]
fn a_link_swapped_in_during_a_write_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    add(&store, "mine");
    let other = dir.path().join("other.json");
    fs::write(&other, "someone else's file").unwrap();
    let path = store.user_path(&user("alice"));
    // Under the lock, after the read, the user file becomes a link.
    store
        .update(&user("alice"), |data| {
            fs::remove_file(&path).unwrap();
            std::os::unix::fs::symlink(&other, &path).unwrap();
            data.roadmaps.insert("more".into(), Progress::default());
            Ok(((), true))
        })
        .ok();
    assert_eq!(fs::read(&other).unwrap(), b"someone else's file");
}

#[cfg(unix)]
#[test]
fn a_user_file_swapped_for_a_link_before_the_read_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    add(&store, "mine");
    let other = dir.path().join("other.json");
    fs::write(&other, "{\"version\": 1, \"roadmaps\": {}}").unwrap();
    let path = store.user_path(&user("alice"));
    let file = store.locate(&user("alice")).unwrap();
    fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink(&other, &path).unwrap();
    let err = store.load_located(&file).unwrap_err().to_string();
    assert!(err.contains("symlink"), "{err}");
}

#[test]
fn roadmap_reads_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.json");
    fs::write(&path, "{}").unwrap();
    assert_eq!(read_roadmap(&path).unwrap(), b"{}");
    #[cfg(unix)]
    {
        let err = read_roadmap(Path::new("/dev/zero")).unwrap_err();
        assert!(err.to_string().contains("larger than the limit"), "{err}");
    }
    let err = read_roadmap(&dir.path().join("missing.json")).unwrap_err();
    assert!(err.to_string().contains("missing.json"), "{err}");
}

#[test]
fn streamed_roadmap_reads_are_bounded_and_fail_like_whole_reads() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.json");
    fs::write(&path, "{}").unwrap();
    let mut text = Vec::new();
    open_roadmap(&path).unwrap().read_to_end(&mut text).unwrap();
    assert_eq!(text, b"{}");
    #[cfg(unix)]
    {
        // An endless source ends at the limit (and one byte).
        let mut zeros = open_roadmap(Path::new("/dev/zero")).unwrap();
        let read = io::copy(&mut zeros, &mut io::sink()).unwrap();
        assert_eq!(read, crate::roadmap::MAX_ROADMAP_BYTES as u64 + 1);
    }
    for unreadable in [dir.path().join("missing.json"), dir.path().to_path_buf()] {
        let streamed = open_roadmap(&unreadable).err().unwrap().to_string();
        let whole = read_roadmap(&unreadable).unwrap_err().to_string();
        assert_eq!(streamed, whole);
    }
}
