//! The scanner's knowledge of RON's literals: where a string, raw string,
//! char or comment that starts at a byte ends, in the bytes at hand.

/// Bytes the scanner must look at inside the events list; anything else is
/// skipped in a tight loop.
pub(super) const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let special = b"\"'/()[]{},";
    let mut k = 0;
    while k < special.len() {
        t[special[k] as usize] = true;
        k += 1;
    }
    t
};

/// How a literal (string, raw string, char, comment) starting at a byte
/// ends, in the bytes at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lit {
    /// It ends just before this offset.
    End(usize),
    /// The byte does not start one (a `/` that is not a comment).
    NotOne,
    /// It does not end in the bytes at hand: read more (or, at the end of
    /// the file, it never ends).
    Open,
}

/// How the string, raw string, char literal or comment at `i` ends.
pub(super) fn literal(b: &[u8], i: usize) -> Lit {
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let open = |found: Option<usize>| found.map_or(Lit::Open, Lit::End);
    match b[i] {
        b'"' => {
            // A raw string r"…" or r#"…"#: the hashes and `r` come before.
            let mut h = i;
            while h > 0 && b[h - 1] == b'#' {
                h -= 1;
            }
            let hashes = i - h;
            let raw = h > 0 && b[h - 1] == b'r' && (h < 2 || !is_ident(b[h - 2]));
            let mut j = i + 1;
            if raw {
                loop {
                    let Some(q) = memchr::memchr(b'"', &b[j..]).map(|n| j + n) else {
                        return Lit::Open;
                    };
                    if q + hashes >= b.len() {
                        return Lit::Open;
                    }
                    if b[q + 1..=q + hashes].iter().all(|&c| c == b'#') {
                        return Lit::End(q + 1 + hashes);
                    }
                    j = q + 1;
                }
            }
            loop {
                let Some(k) = memchr::memchr2(b'"', b'\\', &b[j..]).map(|n| j + n) else {
                    return Lit::Open;
                };
                if b[k] == b'"' {
                    return Lit::End(k + 1);
                }
                j = k + 2;
                if j > b.len() {
                    return Lit::Open;
                }
            }
        }
        b'\'' => {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'\'' && b[j] != b'\n' {
                if b[j] == b'\\' {
                    j += 1;
                }
                j += 1;
            }
            if j >= b.len() {
                Lit::Open
            } else {
                Lit::End(j + 1)
            }
        }
        b'/' => match b.get(i + 1) {
            None => Lit::Open,
            Some(b'/') => open(memchr::memchr(b'\n', &b[i..]).map(|n| i + n)),
            Some(b'*') => {
                let mut nest = 0usize;
                let mut j = i;
                loop {
                    if j + 1 >= b.len() {
                        return Lit::Open;
                    }
                    if b[j] == b'/' && b[j + 1] == b'*' {
                        nest += 1;
                        j += 2;
                    } else if b[j] == b'*' && b[j + 1] == b'/' {
                        nest -= 1;
                        j += 2;
                        if nest == 0 {
                            return Lit::End(j);
                        }
                    } else {
                        j += 1;
                    }
                }
            }
            Some(_) => Lit::NotOne,
        },
        _ => Lit::NotOne,
    }
}

/// Where scanning goes on after the literal (or lone `/`) at `i`; `None`
/// when it does not end in the bytes at hand.
pub(super) fn after_literal(b: &[u8], i: usize) -> Option<usize> {
    match literal(b, i) {
        Lit::End(j) => Some(j),
        Lit::NotOne => Some(i + 1),
        Lit::Open => None,
    }
}

/// Characters in UTF-8 bytes (those that do not continue a character).
pub(crate) fn chars(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}
