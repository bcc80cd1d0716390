"""Quotation keys: each spelling fold, the fingerprint and the near-duplicate keys, one rule per test."""

from __future__ import annotations

import pytest

from consumer.extraction.keys import (
    SHINGLE_WORDS,
    fingerprint,
    fold_quote,
    fold_text,
    fold_word,
    near_keys,
    quote_words,
)


def _same_print(a: str, b: str) -> bool:
    return fingerprint(quote_words(a)) == fingerprint(quote_words(b))


def _share_near_key(a: str, b: str) -> bool:
    return bool(set(near_keys(fold_quote(a))) & set(near_keys(fold_quote(b))))


@pytest.mark.parametrize(
    ("variant", "folded"),
    [
        ("ज़्यादा", "ज्यादा"),  # combining nukta
        ("\u095bिला", "जिला"),  # precomposed nukta letter
        ("प्रवक्\u200dता", "प्रवक्ता"),  # zero-width joiner
        ("प्रवक्\u200cता", "प्रवक्ता"),  # zero-width non-joiner
        ("पाँच", "पांच"),  # chandrabindu
        ("डॉक्टर", "डाक्टर"),  # candra o
        ("दुःख", "दुख"),  # visarga
        ("२०२६", "2026"),  # Devanagari digits
    ],
)
def test_character_folds(variant, folded):
    assert fold_text(variant) == fold_text(folded)


@pytest.mark.parametrize(
    ("variant", "folded"),
    [("नरेन्द्र", "नरेंद्र"), ("हिन्दी", "हिंदी"), ("सम्बन्ध", "संबंध"), ("ठण्डा", "ठंडा"), ("पङ्क्ति", "पंक्ति")],
)
def test_half_nasal_of_its_own_class_folds_to_anusvara(variant, folded):
    assert fold_text(variant) == fold_text(folded)


@pytest.mark.parametrize("word", ["अन्य", "कन्या", "उन्हें", "तुम्हारा"])
def test_half_nasal_before_another_class_stays(word):
    assert "\u094d" in fold_text(word)


@pytest.mark.parametrize(
    ("variant", "folded"),
    [
        ("गये", "गए"),
        ("लिये", "लिए"),
        ("नयी", "नई"),
        ("गयीं", "गईं"),
        ("जायें", "जाएं"),
        ("जायेगा", "जाएगा"),
        ("करायेगी", "कराएगी"),
        ("आयेंगे", "आएंगे"),
        ("रुपये", "रुपए"),
    ],
)
def test_variant_endings_fold(variant, folded):
    assert fold_word(fold_text(variant)) == fold_word(fold_text(folded))


def test_the_pronoun_ye_is_not_an_ending():
    assert fold_word("ये") == "ये"


@pytest.mark.parametrize(("variant", "folded"), [("जगत्", "जगत"), ("एवम्", "एवं"), ("उपर", "ऊपर")])
def test_final_virama_and_variant_words_fold(variant, folded):
    assert fold_word(fold_text(variant)) == fold_word(fold_text(folded))


def test_latin_words_fold_case():
    assert quote_words("BJP का") == quote_words("bjp का")


@pytest.mark.parametrize(
    "printed",
    [
        '"हम पीछे नहीं हटेंगे।"',
        "‘हम पीछे नहीं हटेंगे’",
        "''हम  पीछे नहीं हटेंगे''",
        "“हम पीछे नहीं हटेँगे!”",
        "हम पीछे नहीं हटेंगे ।",
    ],
)
def test_fingerprint_ignores_marks_punctuation_spacing_and_spelling(printed):
    assert _same_print(printed, "हम पीछे नहीं हटेंगे")


@pytest.mark.parametrize(
    "other",
    ["हम पीछे हटेंगे", "हम आगे नहीं हटेंगे", "हम पीछे नहीं हटेंगे कभी", "पीछे हम नहीं हटेंगे"],
)
def test_fingerprint_differs_for_any_other_word_or_order(other):
    assert not _same_print(other, "हम पीछे नहीं हटेंगे")


def test_fingerprint_is_16_hex_digits():
    print_ = fingerprint(quote_words("हम पीछे नहीं हटेंगे"))
    assert len(print_) == 16 and int(print_, 16) >= 0


LONG = (
    "अस्पताल में अब चौबीस घंटे आपात सेवा चलेगी, डॉक्टरों की दो नई टीमें तैनात की गई हैं "
    "और दवाओं का भंडार दोगुना किया गया है।"
)


def test_near_keys_are_shared_by_a_clipped_end():
    assert _share_near_key(LONG, "अस्पताल में अब चौबीस घंटे आपात सेवा चलेगी")


def test_near_keys_are_shared_by_one_changed_word_in_a_long_quotation():
    assert _share_near_key(LONG, LONG.replace("टीमें", "टीम"))


def test_near_keys_are_shared_by_a_headline_made_of_one_clause():
    body = "हमने किसी से कोई समझौता नहीं किया है, पार्टी अपने दम पर सरकार बनाएगी।"
    assert _share_near_key(body, "पार्टी अपने दम पर सरकार बनाएगी")


def test_near_keys_skip_grammar_words():
    assert _share_near_key(
        "मैं राज्य के हर गांव तक पक्की सड़क पहुंचाऊंगा", "हम राज्य के हर गांव तक पक्की सड़क पहुंचाऊंगा"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("हम इस समझौते पर दस्तखत करेंगे।", "हम इस समझौते पर दस्तखत नहीं करेंगे।"),
        (
            "राज्य सरकार इस साल बिजली की दरों में कोई बढ़ोतरी नहीं करेगी और किसानों को मुफ्त बिजली जारी रहेगी।",
            "राज्य सरकार इस साल बिजली की दरों में बढ़ोतरी करेगी और किसानों को मुफ्त बिजली जारी रहेगी।",
        ),
    ],
)
def test_a_negation_shares_no_near_key(a, b):
    assert not _share_near_key(a, b)


def test_another_predicate_about_the_same_subject_shares_no_near_key():
    a = "नई शिक्षा नीति से ग्रामीण बच्चों को सबसे ज्यादा फायदा होगा।"
    b = "नई शिक्षा नीति से ग्रामीण बच्चों की पढ़ाई पर बुरा असर पड़ेगा।"
    assert not _share_near_key(a, b)


def test_a_quotation_of_fewer_than_two_content_words_has_no_near_key():
    assert near_keys(fold_quote("धन्यवाद।")) == ()


def test_a_short_quotation_has_one_near_key_over_its_content_words():
    keys = near_keys(fold_quote("कारखाना बंद होगा"))
    assert len(keys) == 1
    assert keys == near_keys(fold_quote("कारखाना बंद हो"))  # auxiliaries are grammar words


def test_near_keys_are_sorted_hex_and_one_per_shingle_at_most():
    folded = fold_quote(LONG)
    keys = near_keys(folded)
    assert list(keys) == sorted(set(keys))
    assert all(len(k) == 16 for k in keys)
    assert len(keys) <= len(folded.content) - SHINGLE_WORDS + 1 + len(set(folded.content_parts))
