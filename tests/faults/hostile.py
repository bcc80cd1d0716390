"""A catalogue of hostile and broken input messages, each with its expected outcome.

``expect`` is ``"processed"`` (decoded and extracted: zero or more quote records, no dead
letter) or the dead-letter reason code (``quotes.errors.reason``). Values are built lazily:
some are tens of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import orjson

PROCESSED = "processed"

#: One Hindi sentence with a direct quote, used as filler and as the "real" part of cases.
SENTENCE = 'प्रिया वर्मा ने कहा, "हम कभी भी पीछे नहीं हटेंगे।" '


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[], bytes | None]
    expect: str
    why: str


def _article(text: object, **extra: object) -> bytes:
    return orjson.dumps({"id": "hostile", "text": text, **extra})


def _raw(text_json: str) -> bytes:
    """An article whose text is given as raw JSON string content (escapes kept as written)."""
    return b'{"id": "hostile", "text": "' + text_json.encode() + b'"}'


CASES: tuple[Case, ...] = (
    # -- bytes that are not UTF-8 JSON ------------------------------------------------------
    Case(
        "invalid_utf8",
        lambda: b'{"id": "x", "text": "\xff\xfe"}',
        "undecodable",
        "0xFF is never UTF-8",
    ),
    Case(
        "truncated_utf8", lambda: _article("कहा")[:-3] + b'"}', "undecodable", "cut mid-character"
    ),
    Case(
        "utf16_json",
        lambda: _article("कहा").decode().encode("utf-16"),
        "undecodable",
        "UTF-16 with BOM",
    ),
    Case(
        "utf8_bom",
        lambda: b"\xef\xbb\xbf" + _article(SENTENCE),
        "invalid_json",
        "JSON forbids a BOM",
    ),
    Case(
        "nul_bytes_raw", lambda: b"\x00" * 1000, "invalid_json", "NUL bytes are UTF-8 but not JSON"
    ),
    Case("empty_message", lambda: b"", "invalid_json", "no bytes at all"),
    Case("tombstone", lambda: None, "invalid_json", "a null value"),
    Case("truncated_json", lambda: _article(SENTENCE)[:-5], "invalid_json", "cut short"),
    Case(
        "lone_surrogate_escape",
        lambda: _raw("\\ud800 कहा"),
        "invalid_json",
        "\\ud800 is not a character",
    ),
    Case(
        "deeply_nested_json",
        lambda: b"[" * 200_000 + b"]" * 200_000,
        "invalid_json",
        "past the parser's depth limit",
    ),
    Case(
        "deeply_nested_field",
        lambda: b'{"id": "x", "text": "t", "extra": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        "invalid_json",
        "an unknown field nested 5,000 deep",
    ),
    Case(
        "huge_number",
        lambda: b'{"id": "x", "text": "t", "title": 1e999}',
        "invalid_json",
        "out of range",
    ),
    # -- JSON that is not an article ---------------------------------------------------------
    Case("json_array", lambda: b'[{"id": "x", "text": "t"}]', "invalid_article", "not an object"),
    Case(
        "json_string",
        lambda: b'"\xe0\xa4\x95\xe0\xa4\xb9\xe0\xa4\xbe"',
        "invalid_article",
        "a bare string",
    ),
    Case("json_null", lambda: b"null", "invalid_article", "null is not an object"),
    Case(
        "missing_id", lambda: orjson.dumps({"text": SENTENCE}), "invalid_article", "id is required"
    ),
    Case(
        "id_is_number",
        lambda: orjson.dumps({"id": 42, "text": SENTENCE}),
        "invalid_article",
        "id must be a string",
    ),
    Case(
        "id_empty",
        lambda: orjson.dumps({"id": "", "text": SENTENCE}),
        "invalid_article",
        "1-512 chars",
    ),
    Case(
        "id_too_long",
        lambda: orjson.dumps({"id": "x" * 513, "text": SENTENCE}),
        "invalid_article",
        "1-512 chars",
    ),
    Case("missing_text", lambda: orjson.dumps({"id": "x"}), "invalid_article", "text is required"),
    Case("text_is_list", lambda: _article([SENTENCE]), "invalid_article", "text must be a string"),
    Case("text_is_null", lambda: _article(None), "invalid_article", "text must be a string"),
    Case(
        "bad_date", lambda: _article(SENTENCE, published_at="कल"), "invalid_article", "not RFC 3339"
    ),
    # -- size limits ---------------------------------------------------------------------------
    Case(
        "message_20mb",
        lambda: _article(SENTENCE * 155_000),
        "message_too_large",
        "20 MB, over 2 MiB",
    ),
    Case(
        "text_over_limit", lambda: _article("क" * 200_001), "text_too_large", "over 200,000 chars"
    ),
    # -- valid articles with hostile text -------------------------------------------------------
    Case("empty_text", lambda: _article(""), PROCESSED, "no quotes"),
    Case(
        "nul_in_text",
        lambda: _article(SENTENCE.replace("हम", "ह\x00म") * 10),
        PROCESSED,
        "NUL inside words",
    ),
    Case(
        "quote_marks_200k", lambda: _article('"' * 200_000), PROCESSED, "200,000 ASCII quote marks"
    ),
    Case(
        "curly_alternating", lambda: _article("“”" * 100_000), PROCESSED, "alternating open/close"
    ),
    Case("opening_marks_only", lambda: _article("“" * 200_000), PROCESSED, "never closed"),
    Case(
        "mixed_marks", lambda: _article("\"«»“”‘’„‹›'" * 18_000), PROCESSED, "every quote mark kind"
    ),
    Case(
        "unbalanced_paragraphs",
        lambda: _article("\n\n".join(f'नेता ने कहा, "वाक्य {n} अधूरा' for n in range(5_000))),
        PROCESSED,
        "5,000 unclosed quotes",
    ),
    Case(
        "control_chars",
        lambda: _article("".join(chr(c) for c in range(32)) * 500 + SENTENCE),
        PROCESSED,
        "C0 controls",
    ),
    Case(
        "bidi_controls",
        lambda: _article(('\u202eप्रिया\u202c ने \u2066कहा\u2069, "\u200fहम\u061c नहीं।" ') * 2_000),
        PROCESSED,
        "RLO, isolates, RLM, ALM",
    ),
    Case(
        "zero_width_joiners",
        lambda: _article(SENTENCE.replace("्", "्\u200d") * 2_000),
        PROCESSED,
        "ZWJ in conjuncts",
    ),
    Case(
        "zero_width_everywhere",
        lambda: _article("\u200b\u200c\u200d\ufeff".join(SENTENCE) * 100),
        PROCESSED,
        "ZW chars between all",
    ),
    Case(
        "combining_marks_alone",
        lambda: _article("\u093e\u093f\u0947\u094d\u0902" * 40_000),
        PROCESSED,
        "matras and virama without letters",
    ),
    Case(
        "mixed_scripts",
        lambda: _article('Priya ने كہا, "我们 never पीछे हटेंगे Ωμέγα।" ' * 2_000),
        PROCESSED,
        "Latin, Arabic, Han, Greek",
    ),
    Case(
        "astral_emoji",
        lambda: _article('😀 ने कहा, "👍🏽👨‍👩‍👧 हम जीतेंगे।" ' * 5_000),
        PROCESSED,
        "astral plane, ZWJ emoji",
    ),
    Case(
        "one_line_article",
        lambda: _article(SENTENCE * 3_500),
        PROCESSED,
        "160,000 chars, no newline",
    ),
    Case(
        "paragraphs_50k",
        lambda: _article("\n\n".join(["क"] * 50_000)),
        PROCESSED,
        "50,000 paragraphs",
    ),
    Case("newlines_only", lambda: _article("\n" * 200_000), PROCESSED, "200,000 newlines"),
    Case("one_long_word", lambda: _article("क" * 200_000), PROCESSED, "no spaces at all"),
    Case(
        "cue_words_only", lambda: _article("ने कहा कि " * 20_000), PROCESSED, "200,000 chars of cues"
    ),
    Case(
        "html_markup",
        lambda: _article(
            '<html><script>alert("कहा")</script><p>प्रिया वर्मा ने <b>कहा</b>, &quot;हम जीतेंगे।&quot;</p>'
            * 1_000
        ),
        PROCESSED,
        "tags, entities, script",
    ),
    Case(
        "english_text",
        lambda: _article('The minister said, "We will never retreat." ' * 3_000),
        PROCESSED,
        "not Hindi",
    ),
    Case(
        "noncharacters",
        lambda: _article("\uffff\ufffe\U0010ffff\ue000" * 10_000),
        PROCESSED,
        "noncharacters, private use",
    ),
    Case(
        "duplicate_keys",
        lambda: b'{"id": "a", "id": "b", "text": "' + SENTENCE.replace('"', '\\"').encode() + b'"}',
        PROCESSED,
        "last key wins",
    ),
    Case(
        "unknown_fields",
        lambda: _article(SENTENCE, extra={"a": list(range(10_000))}),
        PROCESSED,
        "ignored",
    ),
)
