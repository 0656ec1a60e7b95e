//! The words `roadmap trust` adds around what it trusts: the checks it
//! lets run, and the SHA-256 of the bytes it read.

use crate::lang::Lang;

pub enum TrustMsg {
    /// Before the list of what the file's checks run.
    WillRun,
    /// The file has no checks.
    NoChecks,
    /// The fingerprint kept, of the bytes listed above.
    Fingerprint(String),
}

impl TrustMsg {
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (TrustMsg::WillRun, Lang::En) => "From now on, its checks run on this machine:".into(),
            (TrustMsg::WillRun, Lang::Ja) => {
                "これからは、このマシンで次のチェックが実行されます:".into()
            }
            (TrustMsg::NoChecks, Lang::En) => "It has no checks: it runs nothing.".into(),
            (TrustMsg::NoChecks, Lang::Ja) => "チェックはありません。何も実行されません。".into(),
            (TrustMsg::Fingerprint(hash), Lang::En) => format!("SHA-256 of what was read: {hash}"),
            (TrustMsg::Fingerprint(hash), Lang::Ja) => {
                format!("読み込んだ内容の SHA-256: {hash}")
            }
        }
    }
}
