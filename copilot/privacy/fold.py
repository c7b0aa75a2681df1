"""Personal data written in characters the detectors do not read: folded to the plain ones before redaction.

A phone typed in full-width digits (a Japanese or Chinese input method: "０６ １２ ３４ ５６ ７８"), in Arabic-Indic
digits ("٠٦١٢٣٤٥٦٧٨"), broken up by invisible characters (a zero-width space or a soft hyphen copied from a PDF:
"06\u200b12\u200b34"), an e-mail with a full-width "＠", a card number joined by en or figure dashes: each went to the
language model in clear, and a model reads every one of them as the number it is. The text that leaves the
machine is folded first, so the detectors see ordinary digits, letters and separators; text that holds none of
these characters is returned as it is (the common case costs one search).
"""

from __future__ import annotations

import re
import unicodedata

# What may need folding: full-width forms, non-ASCII decimal digits, invisible format characters, unusual dashes
# and spaces. A text without any of these is left untouched.
_SUSPECT = re.compile("[\uff01-\uff5e\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u2010-\u2015\u2212\ufe63"
                      "\u00a0\u2007\u2009\u202f]|[^\\x00-\\x7f\u00c0-\u024f\u0590-\u05ff]")
# Inside a word, a number or an address ("06<ZWSP>12", "exam<ZWSP>ple.com"), not beside punctuation: a Hebrew
# line's right-to-left mark after a number ("054-7654321<RLM>,") stays where it is.
_INVISIBLE = re.compile("(?<=[\\w@.+-])[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+(?=[\\w@.+-])")
_DASH = re.compile("(?<=[0-9])[\u2010-\u2015\u2212\ufe63](?=[0-9])")
_SPACE = re.compile("(?<=[0-9])[\u00a0\u2007\u2009\u202f](?=[0-9])")


# A letter typed for a digit inside a number ("O6 12 34 56 78", "06-I2345678": an O for a zero, an I or l for a one),
# only among enough digits to be one: "O2 Arena", "room O3", "I'll call at 10" and "l 5" stay as written.
_LETTER_NEAR = re.compile(r"[OoIl][ .-]?[0-9]")
_LETTER_DIGIT = re.compile(r"(?<![^\W\d_])[OoIl](?=[0-9](?:[ .-]?[0-9]){5})|(?<=[0-9])[OoIl](?=[0-9])|"
                           r"(?<=[0-9][ .-])[OoIl](?=[0-9])")


def fold(text: str) -> str:
    """``text`` with full-width characters as ASCII, every decimal digit as 0-9, invisible characters inside a word,
    number or address removed, dashes and spaces between digits made plain, and a letter typed for a digit inside a
    number made the digit (same length: the offsets stay)."""
    if _SUSPECT.search(text):
        text = "".join(_plain(c) for c in text)
        text = _INVISIBLE.sub("", text)
        text = _SPACE.sub(" ", _DASH.sub("-", text))
    if _LETTER_NEAR.search(text):
        text = _LETTER_DIGIT.sub(lambda m: "0" if m.group() in "Oo" else "1", text)
    return text


def _plain(char: str) -> str:
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII
        return chr(code - 0xFEE0)
    if code > 0x7F and char.isdecimal():  # Arabic-Indic, Persian, Devanagari, ... digits
        return str(unicodedata.decimal(char))
    return char
