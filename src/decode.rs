//! Stage 2, decode: bytes to text.
//!
//! UTF-8 is the norm; a leading byte-order mark is removed (offsets count from after it).
//! UTF-16 is decoded, with a BOM or, when every other byte is NUL, without one. Other bytes
//! are given to `chardetng`, the detector Firefox uses, and decoded by `encoding_rs` as the
//! legacy encoding it names (Windows-1252, KOI8-R, Windows-1251, GBK, Shift_JIS...) when
//! they decode cleanly in it. Everything else (empty, binary, undecodable) is a reject with
//! a reason, never a failure of the run.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// Decoded text and the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// `utf-8`, `utf-16le`, `windows-1252`, `koi8-r`...
    pub encoding: String,
    /// Length in code points.
    pub chars: usize,
}

/// Why bytes are not a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    Binary,
    InvalidUtf16,
    UnknownEncoding,
}

impl Refusal {
    /// The `reason` of the reject row.
    pub fn reason(self) -> &'static str {
        match self {
            Refusal::Empty => "empty",
            Refusal::Binary => "binary",
            Refusal::InvalidUtf16 => "invalid_utf16",
            Refusal::UnknownEncoding => "unknown_encoding",
        }
    }
}

/// A refusal and its detail, for the rejects table.
pub type Refused = (Refusal, String);

#[cfg(test)]
fn is_bad_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')
}

/// Decodes a file's bytes (taken, so valid UTF-8 is not copied).
pub fn decode(mut bytes: Vec<u8>) -> Result<Decoded, Refused> {
    if bytes.is_empty() {
        return Err((Refusal::Empty, "file has no bytes".into()));
    }
    let (text, encoding) = if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        match String::from_utf8(bytes) {
            Ok(t) => (t, "utf-8".to_string()),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                return Err((
                    Refusal::UnknownEncoding,
                    format!("invalid UTF-8 at byte {at} after the BOM"),
                ));
            }
        }
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (utf16(rest, UTF_16LE)?, "utf-16le".to_string())
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (utf16(rest, UTF_16BE)?, "utf-16be".to_string())
    } else if bytes.contains(&0) {
        match utf16_without_bom(&bytes) {
            Some(enc) => (utf16(&bytes, enc)?, enc.name().to_ascii_lowercase()),
            None => return Err((Refusal::Binary, "contains NUL bytes".into())),
        }
    } else {
        match String::from_utf8(bytes) {
            Ok(t) => (t, "utf-8".to_string()),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                legacy(e.as_bytes()).ok_or_else(|| {
                    (
                        Refusal::UnknownEncoding,
                        format!(
                            "not UTF-8 (invalid byte at offset {at}) nor text in a legacy encoding that could be recognised"
                        ),
                    )
                })?
            }
        }
    };
    checked(text, encoding)
}

/// Text that was decoded already (a JSONL record's): the same checks, and a leading U+FEFF
/// counts as a space, so that offsets still index the text as given.
pub fn decode_text(mut text: String) -> Result<Decoded, Refused> {
    if text.is_empty() {
        return Err((Refusal::Empty, "text is empty".into()));
    }
    if text.starts_with('\u{feff}') {
        text.replace_range(..3, " ");
    }
    checked(text, "utf-8".to_string())
}

fn checked(text: String, encoding: String) -> Result<Decoded, Refused> {
    let (total, bad) = chars_and_controls(&text);
    if bad > 0 && bad * 100 >= total {
        return Err((
            Refusal::Binary,
            format!("{bad} control characters in {total}"),
        ));
    }
    if text.trim().is_empty() {
        return Err((Refusal::Empty, "only whitespace".into()));
    }
    Ok(Decoded {
        text,
        encoding,
        chars: total,
    })
}

/// Code points, and control characters other than tab, line breaks and form feed, in one
/// pass over the bytes: a code point starts at every byte that is not a continuation byte,
/// and the controls are C0 (one byte), DEL, and C1 (0xC2 0x80..=0x9F).
fn chars_and_controls(text: &str) -> (usize, usize) {
    let b = text.as_bytes();
    let (mut chars, mut bad) = (0, 0);
    for (i, &x) in b.iter().enumerate() {
        chars += usize::from(x & 0xC0 != 0x80);
        let c0 = (x < 0x20 && !matches!(x, b'\t' | b'\n' | b'\r' | 0x0c)) || x == 0x7f;
        let c1 = x == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n));
        bad += usize::from(c0 || c1);
    }
    (chars, bad)
}

fn utf16(bytes: &[u8], enc: &'static Encoding) -> Result<String, Refused> {
    if !bytes.len().is_multiple_of(2) {
        return Err((Refusal::InvalidUtf16, "odd number of bytes".into()));
    }
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .map(|t| t.into_owned())
        .ok_or((Refusal::InvalidUtf16, "unpaired surrogate".into()))
}

/// UTF-16 without a BOM: text in a Latin, Cyrillic or Greek script has a NUL as the high
/// byte of most code units, so NULs fill one of the two byte positions and not the other.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let pairs = bytes.len() / 2;
    if pairs < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let even = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let mostly = |n: usize| n * 10 >= pairs * 6;
    let rarely = |n: usize| n * 20 <= pairs;
    if mostly(odd) && rarely(even) {
        Some(UTF_16LE)
    } else if mostly(even) && rarely(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Bytes that are not UTF-8, decoded in the legacy encoding `chardetng` guesses, when they
/// decode in it without a malformed sequence and without C1 controls (which no real text in
/// a legacy encoding holds, and which bytes of another encoding or binary data produce).
fn legacy(bytes: &[u8]) -> Option<(String, String)> {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Deny);
    // DOS and Mac code pages read any high bytes as letters; news text is not in them.
    if enc == encoding_rs::IBM866 || enc == encoding_rs::X_MAC_CYRILLIC {
        return None;
    }
    let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
    if text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
        return None;
    }
    Some((text.into_owned(), enc.name().to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(b: &[u8]) -> Refusal {
        decode(b.to_vec()).unwrap_err().0
    }

    #[test]
    fn one_pass_counts_agree_with_chars() {
        for t in [
            "abc",
            "sjönk 5 %\u{7f}\t",
            "\u{85}x\u{9f}\u{a0}€\u{1}",
            "日本\r\n",
        ] {
            let want = (
                t.chars().count(),
                t.chars().filter(|&c| is_bad_control(c)).count(),
            );
            assert_eq!(chars_and_controls(t), want, "{t:?}");
        }
    }

    #[test]
    fn utf8_with_bom() {
        let d = decode(b"\xEF\xBB\xBFhej 5 %".to_vec()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("hej 5 %", "utf-8"));
    }

    #[test]
    fn windows_1252_is_recognised() {
        let d = decode(b"Exporten sj\xf6nk med 28,7 procent \x96 till 420,5 ton".to_vec()).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("sjönk") && d.text.contains('–'));
    }

    #[test]
    fn other_legacy_encodings_are_decoded_not_read_as_latin() {
        let ru = "Экспорт редкоземельных металлов вырос на 5 процентов до 300 тонн в марте.";
        let zh = "稀土出口在三月份增长了百分之五，达到三百吨，海关数据显示。";
        for (text, enc) in [
            (ru, encoding_rs::KOI8_R),
            (ru, encoding_rs::WINDOWS_1251),
            (zh, encoding_rs::GBK),
        ] {
            let (bytes, _, bad) = enc.encode(text);
            assert!(!bad);
            let d = decode(bytes.into_owned()).unwrap();
            assert_eq!(d.text, text, "{}", enc.name());
            // KOI8-U is KOI8-R with a few Ukrainian letters added: either reads it right.
            let family = &enc.name().to_ascii_lowercase()[..3];
            assert!(
                d.encoding.starts_with(family),
                "{} read as {}",
                enc.name(),
                d.encoding
            );
        }
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "Exports rose 5 % to 300 tonnes."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Exporten sjönk med 5 procent."
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let with_bom = [&[0xFF, 0xFE][..], &le].concat();
        assert_eq!(
            decode(with_bom).unwrap().text,
            "Exports rose 5 % to 300 tonnes."
        );
        let d = decode(le).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str()),
            ("Exports rose 5 % to 300 tonnes.", "utf-16le")
        );
        let d = decode(be).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str()),
            ("Exporten sjönk med 5 procent.", "utf-16be")
        );
    }

    #[test]
    fn refusals() {
        assert_eq!(refusal(b""), Refusal::Empty);
        assert_eq!(refusal(b"  \n "), Refusal::Empty);
        assert_eq!(
            refusal(b"PK\x03\x04\x00\x00\x08\x00\x00\x00abc"),
            Refusal::Binary
        );
        assert_eq!(
            refusal(b"ab\x80\x81\x82\x83\xff cd"),
            Refusal::UnknownEncoding
        );
        assert_eq!(refusal(b"abc \x81\x8d\x9d def"), Refusal::UnknownEncoding);
        assert_eq!(refusal(b"\x01\x02\x03\x04abc\x05"), Refusal::Binary);
        assert_eq!(refusal(b"\xFF\xFEa"), Refusal::InvalidUtf16);
    }

    #[test]
    fn a_leading_feff_in_decoded_text_keeps_offsets() {
        let d = decode_text("\u{feff}Exports rose 5 %.".into()).unwrap();
        assert_eq!(d.text, " Exports rose 5 %.");
        assert_eq!(d.chars, "\u{feff}Exports rose 5 %.".chars().count());
    }
}
