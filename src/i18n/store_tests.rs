//! Every store message names its file, in both languages.

use super::*;

#[test]
fn every_message_names_the_file_in_both_languages() {
    let path = Path::new("/d/users/bob.json");
    let err = || io::Error::from(io::ErrorKind::PermissionDenied);
    for lang in [Lang::En, Lang::Ja] {
        let failures = [
            unreadable(lang, path, &Problem::Empty),
            unreadable(lang, path, &Problem::Newer(7)),
            unreadable(lang, path, &Problem::NotAnObject(JsonType::Array)),
            read_failed(lang, path, &err()),
            not_a_file(lang, path),
            data_dir_is_a_file(lang, path),
            cannot_create(lang, path, &err()),
            cannot_list(lang, path, &err()),
            lock(lang, path, &LockError::Open(err())),
            lock(lang, path, &LockError::NotAFile { symlink: true }),
            lock(lang, path, &LockError::NotAFile { symlink: false }),
            became_a_link(lang, path),
            lock(
                lang,
                path,
                &LockError::Busy(std::time::Duration::from_secs(30)),
            ),
            write(lang, path, &WriteError::Write(err())),
            write(lang, path, &WriteError::Flush(err())),
        ];
        for failure in failures {
            assert!(failure.message.contains("/d/users/bob.json"), "{failure}");
            let japanese = failure.message.chars().any(|c| c > '\u{3000}');
            assert_eq!(japanese, lang == Lang::Ja, "{failure}");
        }
    }
    let newer = unreadable(Lang::En, path, &Problem::Newer(7));
    assert!(
        newer
            .message
            .contains("store version 7; this build reads versions 1 to 3)")
    );
}
