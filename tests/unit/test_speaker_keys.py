"""Speaker keys and Latin forms of names: one rule per test."""

from __future__ import annotations

import pytest

from consumer.extraction.speaker_keys import name_words, speaker_key, spoken_form
from consumer.extraction.transliteration import delete_schwas, latin_name, latin_word
from consumer.identity import speaker_latin


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("कुमार", "kumar"),  # final a dropped
        ("मेहरा", "mehra"),  # medial a dropped between VC and CV
        ("अमरनाथ", "amarnath"),  # read right to left: one of two medial a's
        ("कुलकर्णी", "kulkarni"),  # not before a cluster
        ("नरेंद्र", "narendra"),  # a final cluster keeps it
        ("रंजना", "ranjana"),  # not after a closed syllable
        ("सरिता", "sarita"),
    ],
)
def test_schwa_deletion(word, latin):
    assert latin_word(word) == latin


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("शर्मा", "sharma"),
        ("चौहान", "chauhan"),
        ("छाबड़ा", "chhabra"),  # the nukta ड़ is r
        ("कृष्ण", "krishna"),  # the vocalic r is ri
        ("ऋषि", "rishi"),
        ("संजय", "sanjay"),
        ("संपत", "sampat"),  # the anusvara before a labial is m
        ("ज्ञानेश", "gyanesh"),
    ],
)
def test_newspaper_spelling_of_iast_letters(word, latin):
    assert latin_word(word) == latin


def test_delete_schwas_marks_dropped_vowels_with_a_virama():
    assert delete_schwas("कमला") == "कम्ला"


def test_latin_name_capitalises_and_keeps_latin_words():
    assert latin_name("अनीता मेहरा") == "Anita Mehra"
    assert latin_name("ज़ोया ख़ान") == "Zoya Khan"
    assert latin_name("Rajeev कपूर") == "Rajeev Kapur"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("श्री अरुण सिन्हा", ["अरुण", "सिन्हा"]),
        ("अरुण सिन्हा जी", ["अरुण", "सिन्हा"]),
        ("डॉ. मीना कुलकर्णी", ["मीना", "कुलकर्णी"]),
        ("Dr. Rajeev Kapoor", ["Rajeev", "Kapoor"]),
        ("Shri Govind Mishra ji", ["Govind", "Mishra"]),
        ("जी", ["जी"]),  # a name is never emptied
    ],
)
def test_titles_and_honorifics_are_dropped(name, words):
    assert list(name_words(name)) == words


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("नरेन्द्र कुशवाहा", "नरेंद्र कुशवाहा"),  # half nasal
        ("ज़ोया ख़ान", "जोया खान"),  # nukta
        ("चाँदनी वर्मा", "चांदनी वर्मा"),  # chandrabindu
        ("श्री अरुण सिन्हा", "अरुण सिन्हा जी"),  # titles
        ("अनीता मेहरा", "Anita Mehra"),  # Latin form
        ("डॉ. राजीव कपूर", "Dr. Rajeev Kapoor"),  # Latin ee, oo
        ("फ़रहान क़ुरैशी", "Farhan Qureshi"),  # Latin f, q, ai/e
        ("रेखा सक्सेना", "Rekha Saxena"),  # Latin x
        ("नदीम सिद्दीक़ी", "Nadeem Siddiqui"),  # Latin qu before a vowel
        ("भरत किशोर", "Bharat Kishore"),  # the silent e of -ore
        ("मोहिनी भट्ट", "Mohini Bhatt"),  # a final double stop, a doubled consonant
        ("अजीत दत्त", "Ajeet Datt"),
    ],
)
def test_one_name_printed_differently_gets_one_key(a, b):
    assert speaker_key(a) == speaker_key(b), (spoken_form(a), spoken_form(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("सुनील शर्मा", "सुनीता शर्मा"),
        ("अरुण सिन्हा", "वरुण सिन्हा"),
        ("Sunil Sharma", "सुशील शर्मा"),
        ("Rekha Saxena", "रेखा सक्सेरिया"),
        ("मोहिनी भट्ट", "मोहिनी भाटी"),
        ("भरत किशोर", "भरत किशोरी"),
    ],
)
def test_different_names_get_different_keys(a, b):
    assert speaker_key(a) != speaker_key(b)


def test_a_name_without_words_has_no_key():
    assert speaker_key(" . ") is None


def test_speaker_latin_drops_titles():
    assert speaker_latin("श्री अरुण सिन्हा जी") == "Arun Sinha"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("चाँदनी सेठी", "Chandni Sethi"),  # an a between consonants: said or not
        ("संजय अग्रवाल", "Sanjay Agarwal"),
        ("रमेश भारद्वाज", "Ramesh Bhardwaj"),
        ("रवि पांडे", "Ravi Pandey"),  # -ey for a final e
        ("गीता चौधरी", "Geeta Choudhary"),  # ou, -ary
        ("लक्ष्मी नारायण", "Laxmi Narayan"),  # x for क्ष
        ("आलोक दीक्षित", "Alok Dixit"),
    ],
)
def test_latin_spellings_of_the_inherent_a_ey_ary_and_x_meet_the_devanagari_name(a, b):
    assert speaker_key(a) == speaker_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("कमल वर्मा", "कमला वर्मा"), ("राम प्रसाद", "रामा प्रसाद"), ("रवि पांडे", "रवि पंडित")],
)
def test_a_first_or_last_a_still_tells_names_apart(a, b):
    assert speaker_key(a) != speaker_key(b)
