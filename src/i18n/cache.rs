//! What `--verbose` tells about the compiled-roadmap cache.

use crate::lang::Lang;
use crate::store::cache::{Event, Miss, NotWritten};

/// One event of the cache, as a line for stderr.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheMsg(pub Event);

impl CacheMsg {
    pub fn text(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match &self.0 {
            Event::Hit(path) if ja => format!("キャッシュから読み込みました: {}", path.display()),
            Event::Hit(path) => format!("cache hit: {}", path.display()),
            Event::Miss(path, miss) if ja => format!(
                "キャッシュを使えません（{}）: {}",
                miss_ja(miss),
                path.display()
            ),
            Event::Miss(path, miss) => {
                format!("cache miss ({}): {}", miss_en(miss), path.display())
            }
            Event::Written(path) if ja => format!("キャッシュに保存しました: {}", path.display()),
            Event::Written(path) => format!("cache written: {}", path.display()),
            Event::NotWritten(path, why) if ja => format!(
                "キャッシュに保存しませんでした（{}）: {}",
                not_written_ja(why),
                path.display()
            ),
            Event::NotWritten(path, why) => format!(
                "cache not written ({}): {}",
                not_written_en(why),
                path.display()
            ),
        }
    }
}

fn miss_en(miss: &Miss) -> String {
    match miss {
        Miss::Absent => "none yet".into(),
        Miss::Stale => "the roadmap file or this program has changed".into(),
        Miss::Truncated => "the entry is cut short or not ours".into(),
        Miss::Corrupt => "the entry is corrupt".into(),
        Miss::Unreadable(err) => format!("cannot read it: {err}"),
    }
}

fn miss_ja(miss: &Miss) -> String {
    match miss {
        Miss::Absent => "まだありません".into(),
        Miss::Stale => "ロードマップファイルかこのプログラムが変わりました".into(),
        Miss::Truncated => "途中で切れているか、このプログラムのものではありません".into(),
        Miss::Corrupt => "壊れています".into(),
        Miss::Unreadable(err) => format!("読み込めません: {err}"),
    }
}

fn not_written_en(why: &NotWritten) -> String {
    match why {
        NotWritten::Unsettled => format!(
            "the roadmap file changed less than {} s ago",
            crate::store::cache::SETTLE.as_secs()
        ),
        NotWritten::Failed(err) => format!("cannot write it: {err}"),
    }
}

fn not_written_ja(why: &NotWritten) -> String {
    match why {
        NotWritten::Unsettled => format!(
            "ロードマップファイルが変更されてから {} 秒たっていません",
            crate::store::cache::SETTLE.as_secs()
        ),
        NotWritten::Failed(err) => format!("書き込めません: {err}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn every_event_is_told_in_both_languages() {
        let path = PathBuf::from("/c/x.rkyv");
        let events = [
            Event::Hit(path.clone()),
            Event::Miss(path.clone(), Miss::Absent),
            Event::Miss(path.clone(), Miss::Stale),
            Event::Miss(path.clone(), Miss::Truncated),
            Event::Miss(path.clone(), Miss::Corrupt),
            Event::Miss(path.clone(), Miss::Unreadable("denied".into())),
            Event::Written(path.clone()),
            Event::NotWritten(path.clone(), NotWritten::Unsettled),
            Event::NotWritten(path.clone(), NotWritten::Failed("denied".into())),
        ];
        for event in events {
            let msg = CacheMsg(event);
            assert_ne!(msg.text(Lang::En), msg.text(Lang::Ja));
            assert!(msg.text(Lang::Ja).contains("/c/x.rkyv"));
        }
    }
}
