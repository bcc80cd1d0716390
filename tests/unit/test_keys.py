"""Quotation keys: each spelling fold, the fingerprint and the near-duplicate keys, one rule per test."""

from __future__ import annotations

import pytest

from consumer.extraction.claim_keys import CLAIM_MAX, CLAIM_MIN, claim_keys
from consumer.extraction.keys import (
    _TOKEN,
    NOMINAL_RUN,
    SHINGLE_WORDS,
    _fold_printed,
    fingerprint,
    fold_quote,
    fold_text,
    fold_word,
    near_form,
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


def test_a_short_quotation_has_one_near_key_over_its_content_words_and_its_headline_key():
    keys = near_keys(fold_quote("कारखाना बंद होगा"))
    assert len(keys) == 2  # the key over all, and the same as if its clause had a negation more
    assert keys == near_keys(fold_quote("कारखाना बंद हो"))  # auxiliaries are grammar words


def test_near_keys_are_sorted_hex_and_few():
    folded = fold_quote(LONG)
    keys = near_keys(folded)
    assert list(keys) == sorted(set(keys))
    assert all(len(k) == 16 and int(k, 16) >= 0 for k in keys)
    parts = len(set(folded.content_parts))
    # shingles, then at most a short-part key and a nominal key per part
    assert len(keys) <= len(folded.content) - SHINGLE_WORDS + 1 + 2 * parts


# Rule: near keys read a synonym of the short list as its partner, and fold inflection.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("निर्णय", "फैसला"),
        ("उत्तर", "जवाब"),
        ("उपचार", "इलाज"),
        ("वाहन", "गाड़ी"),
        ("वाहनों", "गाड़ियां"),
        ("बसें", "बस"),
        ("श्रद्धालुओं", "श्रद्धालु"),
        ("खड़ी", "खड़े"),
        ("महिलाओं", "महिला"),
    ],
)
def test_near_form_folds_synonyms_and_inflection(a, b):
    assert near_form(fold_word(fold_text(a))) == near_form(fold_word(fold_text(b)))


@pytest.mark.parametrize(("a", "b"), [("दो", "दी"), ("निर्णय", "विरोध"), ("नई", "न")])
def test_near_form_keeps_short_and_other_words_apart(a, b):
    assert near_form(a) != near_form(b)


def test_the_fingerprint_does_not_fold_synonyms():
    assert not _same_print("हम जनता के फैसले का सम्मान करते हैं", "हम जनता के निर्णय का सम्मान करते हैं")


def test_a_synonym_in_a_short_quotation_shares_a_near_key():
    assert _share_near_key("पार्टी उनके आरोपों का जवाब देगी।", "पार्टी उनके आरोपों का उत्तर देगी।")


def test_gender_agreement_after_a_synonym_shares_a_near_key():
    a = "पार्किंग में एक साथ पांच सौ गाड़ियां खड़ी हो सकेंगी।"
    assert _share_near_key(a, "पार्किंग में एक साथ पांच सौ वाहन खड़े हो सकेंगे।")


# Rule: light verbs are never the predicate.


def test_a_light_verb_is_not_the_predicate():
    a = "पुलिस ने चोरी के मामले में चार लोगों को गिरफ्तार किया है।"
    assert not _share_near_key(a, a.replace("गिरफ्तार", "रिहा"))


# Rule: a headline taken from a clause whose other part is negated meets the clause.


def test_a_headline_of_a_part_whose_clause_has_a_negated_other_part_shares_a_key():
    body = "सड़कें अगले साल तक चौड़ी कर दी जाएंगी और किसी का घर नहीं तोड़ा जाएगा।"
    assert _share_near_key(body, "सड़कें अगले साल तक चौड़ी कर दी जाएंगी")


def test_the_headline_key_keeps_a_quotation_and_its_partial_negation_apart():
    a = "नगर निगम इस साल जल कर नहीं बढ़ाएगा और कचरा शुल्क भी पहले जितना ही रहेगा।"
    assert not _share_near_key(a, a.replace("नहीं ", ""))
    headline = "कचरा शुल्क भी पहले जितना ही रहेगा"
    assert _share_near_key(a, headline) and _share_near_key(a.replace("नहीं ", ""), headline)


@pytest.mark.parametrize("word", ["कि", "तो"])
def test_ki_and_to_start_a_part(word):
    body = f"अगर बारिश हुई {word} बांध के चारों फाटक खोले जाएंगे"
    assert len(set(fold_quote(body).content_parts)) == 2


# Rule: nominal keys (the last NOMINAL_RUN nouns and adjectives of a part, with its verb).


@pytest.mark.parametrize(
    ("body", "headline"),
    [
        ("हर सरकारी छात्रावास में गर्म नाश्ता मिलेगा।", "हर सरकारी छात्रावास में मिलेगा गर्म नाश्ता"),
        ("मेले के लिए साठ नई नावें चलाई जाएंगी।", "मेले के लिए चलेंगी साठ नई नावें"),
        (
            "हम शहर की सफाई के लिए पुराने कबाड़ गोदामों पर अगले हफ्ते से रोक लगाएंगे।",
            "पुराने कबाड़ गोदामों पर अगले हफ्ते से रोक",
        ),
    ],
)
def test_a_headline_that_moves_changes_or_drops_the_verb_shares_a_nominal_key(body, headline):
    assert NOMINAL_RUN == 4
    assert _share_near_key(body, headline)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("हर सरकारी छात्रावास में गर्म नाश्ता मिलेगा।", "हर सरकारी छात्रावास में गर्म नाश्ता बंद होगा।"),
        ("राज्य में बेरोजगारी की दर अगले साल घटेगी।", "राज्य में बेरोजगारी की दर अगले साल बढ़ेगी।"),
        ("जिला परिषद ने नगर पालिका को नोटिस भेजा है।", "नगर पालिका ने जिला परिषद को नोटिस भेजा है।"),
        ("पुराने कबाड़ गोदामों पर अगले हफ्ते से रोक", "पुराने कबाड़ गोदामों पर अगले हफ्ते से रोक नहीं"),
    ],
)
def test_nominal_keys_keep_another_verb_order_or_negation_apart(a, b):
    assert not _share_near_key(a, b)


# Rule: claim keys (the last CLAIM_MIN..CLAIM_MAX items of a part, without order).


def _claims(text: str) -> set[int]:
    return set(claim_keys([info[4] for info in map(_fold_printed, _TOKEN.findall(text))]))


@pytest.mark.parametrize(
    ("body", "headline"),
    [
        # the front dropped, the verb group changed and moved before its subject
        (
            "नगर पालिका अगले महीने से शहर के सभी पार्कों में सुबह योग शिविर शुरू करेगी।",
            "पार्कों में सुबह शुरू होंगे योग शिविर",
        ),
        # a light verb dropped and a verb made a noun (रद्द कर दिया गया है / रद्द)
        (
            "इस मामले में जिला खनन अधिकारी का तबादला रद्द कर दिया गया है।",
            "जिला खनन अधिकारी का तबादला रद्द",
        ),
        # the subject put after the verb, the headline longer than CLAIM_MAX items
        (
            "हमारा संगठन आने वाले पंचायत चुनाव में सभी तीन सौ वार्डों पर अपने प्रत्याशी खड़े करेगा।",
            "पंचायत चुनाव में सभी तीन सौ वार्डों पर प्रत्याशी खड़े करेगा संगठन",
        ),
        # a negation counts as an item: four words and नहीं
        (
            "विभाग अब पेंशन के आवेदन में कोई देरी बर्दाश्त नहीं करेगा।",
            "पेंशन आवेदन में देरी बर्दाश्त नहीं",
        ),
        # an infinitive read as its verb (खोलने जा रहे हैं / खोलेंगे)
        (
            "हम गांव के सभी स्कूलों में पुस्तकालय खोलने जा रहे हैं।",
            "गांव के सभी स्कूलों में खोलेंगे पुस्तकालय",
        ),
    ],
)
def test_a_headline_made_of_the_end_of_a_part_in_any_order_shares_a_claim_key(body, headline):
    assert (CLAIM_MIN, CLAIM_MAX) == (5, 8)
    assert _claims(body) & _claims(headline)
    assert _share_near_key(body, headline)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # negation
        (
            "सरकार पुरानी पेंशन योजना दोबारा लागू नहीं करेगी।",
            "पुरानी पेंशन योजना दोबारा लागू होगी",
        ),
        # swapped roles: the words before ने and को are tagged
        (
            "किसान यूनियन ने जिला प्रशासन को ज्ञापन सौंपा।",
            "जिला प्रशासन ने किसान यूनियन को ज्ञापन सौंपा।",
        ),
        # "instead of" swapped
        (
            "विश्वविद्यालय की परीक्षाएं अब जून के बजाय जुलाई में होंगी।",
            "विश्वविद्यालय की परीक्षाएं अब जुलाई के बजाय जून में होंगी।",
        ),
        # another predicate at the end of the part
        (
            "जिले के सभी सरकारी स्कूलों में नए शौचालय बनेंगे।",
            "जिले के सभी सरकारी स्कूलों में शौचालय बंद होंगे।",
        ),
        # the same four words: fewer than CLAIM_MIN items is no claim key
        (
            "ठेकेदार अगले सप्ताह से काम शुरू करेगा",
            "नए वाहन अगले सप्ताह से काम शुरू कर देंगे",
        ),
    ],
)
def test_claim_keys_keep_negations_roles_and_other_claims_apart(a, b):
    assert not _claims(a) & _claims(b)
    assert not _share_near_key(a, b)


def test_a_part_with_two_main_verbs_has_no_claim_key():
    assert not _claims("पहले नई सड़क बनेगी फिर पक्की नाली बनेगी")


@pytest.mark.parametrize(
    ("compound", "simple"),
    [
        (
            "नगर निगम शहर के सभी बड़े नालों की सफाई पूरी कर लेगा",
            "नगर निगम शहर के सभी बड़े नालों की सफाई करेगा",
        ),
        (
            "विश्वविद्यालय ने हॉस्टल फीस की बढ़ोतरी वापस ले ली",
            "विश्वविद्यालय ने हॉस्टल फीस की बढ़ोतरी वापस ली",
        ),
    ],
)
def test_the_first_verb_of_a_compound_light_verb_is_not_an_item(compound, simple):
    assert _claims(compound) == _claims(simple) != set()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the agent and the one accused swapped; the last words (the charge) the same
        (
            "पार्षद दीपक सैनी ने ठेकेदार मोहन बघेल पर नाली निर्माण में घटिया सामग्री लगाने का आरोप लगाया है।",
            "ठेकेदार मोहन बघेल ने पार्षद दीपक सैनी पर नाली निर्माण में घटिया सामग्री लगाने का आरोप लगाया है।",
        ),
        # winner and loser swapped; the nominal run (फाइनल … हराया) holds neither team
        (
            "रामगढ़ क्लब ने सीतापुर एकादश को फाइनल में चार विकेट से हराया।",
            "सीतापुर एकादश ने रामगढ़ क्लब को फाइनल में चार विकेट से हराया।",
        ),
        # the writer and the addressee swapped; the claim keys' last items hold neither
        (
            "नगर निगम ने जल बोर्ड को नोटिस भेजकर पिछले तीन महीने के खराब मीटरों की पूरी सूची मांगी है।",
            "जल बोर्ड ने नगर निगम को नोटिस भेजकर पिछले तीन महीने के खराब मीटरों की पूरी सूची मांगी है।",
        ),
        # "instead of" swapped, read across the की before जगह
        (
            "कल के मैच में घायल राहुल मेहता की जगह युवा गेंदबाज सलीम अंसारी को टीम में शामिल किया जाएगा।",
            "कल के मैच में घायल सलीम अंसारी की जगह युवा गेंदबाज राहुल मेहता को टीम में शामिल किया जाएगा।",
        ),
    ],
)
def test_swapped_roles_share_no_near_key(a, b):
    assert not _share_near_key(a, b)


def test_a_headline_that_drops_the_agent_still_meets_its_quotation():
    # the key that holds the whole object phrase (दो युवकों … हिरासत) is not bound to the roles
    body = "पुलिस ने लूट के मामले में दो युवकों को हिरासत में लिया है और उनसे पूछताछ जारी है।"
    assert _share_near_key(body, "लूट के मामले में दो युवक हिरासत में")
    # and a headline that keeps both phrases, in another order, meets it too
    assert _share_near_key(
        "रामगढ़ क्लब ने सीतापुर एकादश को फाइनल में चार विकेट से हराया।",
        "फाइनल में सीतापुर एकादश को रामगढ़ क्लब ने चार विकेट से हराया",
    )
