//! Stage 2, decode: bytes to text.
//!
//! UTF-8 is the norm; a leading byte-order mark is removed (offsets count from after it).
//! UTF-16 with a BOM is decoded. Text that is not UTF-8 but clearly Windows-1252 (no bytes
//! that encoding leaves undefined, no control characters) is decoded as such. Everything else
//! (empty, binary, undecodable) is a reject with a reason, never a failure of the run.

/// Decoded text and the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// Length in code points.
    pub chars: usize,
}

/// Why bytes are not a document: `(reason, detail)` for the rejects table.
pub type Refusal = (&'static str, String);

/// The code points of bytes 0x80..=0x9F in Windows-1252 (0 where it defines none).
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

fn is_bad_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, Refusal> {
    if bytes.is_empty() {
        return Err(("empty", "file has no bytes".into()));
    }
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (utf8(rest)?, "utf-8")
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (utf16(rest, u16::from_le_bytes)?, "utf-16le")
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (utf16(rest, u16::from_be_bytes)?, "utf-16be")
    } else if bytes.contains(&0) {
        return Err(("binary", "contains NUL bytes".into()));
    } else {
        match std::str::from_utf8(bytes) {
            Ok(t) => (t.to_string(), "utf-8"),
            Err(e) => match windows_1252(bytes) {
                Some(t) => (t, "windows-1252"),
                None => {
                    return Err((
                        "invalid_utf8",
                        format!(
                            "not UTF-8 (invalid byte at offset {}) nor Windows-1252 text",
                            e.valid_up_to()
                        ),
                    ))
                }
            },
        }
    };
    let (total, bad) = chars_and_controls(&text);
    if bad > 0 && bad * 100 >= total {
        return Err(("binary", format!("{bad} control characters in {total}")));
    }
    if text.trim().is_empty() {
        return Err(("empty", "only whitespace".into()));
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

fn utf8(bytes: &[u8]) -> Result<String, Refusal> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        (
            "invalid_utf8",
            format!(
                "invalid UTF-8 at byte {} after the BOM",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

fn utf16(bytes: &[u8], f: fn([u8; 2]) -> u16) -> Result<String, Refusal> {
    if !bytes.len().is_multiple_of(2) {
        return Err(("invalid_utf16", "odd number of bytes".into()));
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| f([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|e| ("invalid_utf16", e.to_string()))
}

/// Decodes Windows-1252 when the bytes clearly are: every byte defined, no control bytes.
fn windows_1252(bytes: &[u8]) -> Option<String> {
    let mut s = String::with_capacity(bytes.len() + bytes.len() / 8);
    for &b in bytes {
        let c = match b {
            0x80..=0x9F => {
                char::from_u32(CP1252_HIGH[(b - 0x80) as usize] as u32).filter(|&c| c != '\0')?
            }
            _ => b as char,
        };
        if is_bad_control(c) {
            return None;
        }
        s.push(c);
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let d = decode(b"\xEF\xBB\xBFhej 5 %").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("hej 5 %", "utf-8"));
    }

    #[test]
    fn windows_1252_is_recognised() {
        let d = decode(b"Exporten sj\xf6nk med 28,7 procent \x96 till 420,5 ton").unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("sjönk") && d.text.contains('–'));
    }

    #[test]
    fn refusals() {
        assert_eq!(decode(b"").unwrap_err().0, "empty");
        assert_eq!(decode(b"  \n ").unwrap_err().0, "empty");
        assert_eq!(decode(b"PK\x03\x04\x00\x00").unwrap_err().0, "binary");
        assert_eq!(decode(b"ab\x81\x8d cd").unwrap_err().0, "invalid_utf8");
        assert_eq!(decode(b"\x01\x02\x03\x04abc\x05").unwrap_err().0, "binary");
    }

    #[test]
    fn utf16() {
        let mut b = vec![0xFF, 0xFE];
        for u in "5 ton".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&b).unwrap().text, "5 ton");
    }
}
