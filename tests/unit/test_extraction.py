"""Rules of the first extractor, on hand-written Hindi sentences (fictional people)."""

from __future__ import annotations

import pytest

from consumer.extraction import QuoteExtractor
from consumer.extraction.article_names import NameResolver
from consumer.extraction.quotes import find_quote_spans
from consumer.extraction.text import paragraphs, tokenize


@pytest.fixture(scope="module")
def extractor() -> QuoteExtractor:
    return QuoteExtractor()


def _only(extractor: QuoteExtractor, text: str):
    quotes = extractor.extract(text)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "name", "cue"),
    [
        # X ने कहा, "…"
        (
            'गृह मंत्री अरुण सिन्हा ने कहा, "हम कभी भी पीछे नहीं हटेंगे।"',
            "हम कभी भी पीछे नहीं हटेंगे।",
            "गृह मंत्री अरुण सिन्हा",
            "अरुण सिन्हा",
            "कहा",
        ),
        # "…," X ने कहा।
        (
            '"सरकार इस मामले की पूरी जांच कराएगी," मीना जोशी ने कहा।',
            "सरकार इस मामले की पूरी जांच कराएगी",
            "मीना जोशी",
            "मीना जोशी",
            "कहा",
        ),
        # curly marks, cue after
        (
            "“बारिश के कारण मैच एक घंटा देर से शुरू होगा,” अंपायर राकेश बाली ने बताया।",
            "बारिश के कारण मैच एक घंटा देर से शुरू होगा",
            "अंपायर राकेश बाली",
            "राकेश बाली",
            "बताया",
        ),
        # curly marks, cue before, addressee with से
        (
            "निदेशक सुधा रानी ने पत्रकारों से कहा, “नई प्रयोगशाला अगले महीने खुलेगी।”",
            "नई प्रयोगशाला अगले महीने खुलेगी।",
            "निदेशक सुधा रानी",
            "सुधा रानी",
            "कहा",
        ),
        # reversed curly marks
        ("प्रवक्ता ने कहा, ”हम हर सवाल का जवाब देंगे।“", "हम हर सवाल का जवाब देंगे।", "प्रवक्ता", None, "कहा"),
        # a space after the opening mark
        (
            'डॉ. कमला प्रसाद ने कहा, " मरीजों की संख्या घट रही है।"',
            "मरीजों की संख्या घट रही है।",
            "डॉ. कमला प्रसाद",
            "कमला प्रसाद",
            "कहा",
        ),
        # के अनुसार
        (
            'पुलिस के अनुसार, "आरोपी को शाम तक गिरफ्तार कर लिया गया।"',
            "आरोपी को शाम तक गिरफ्तार कर लिया गया।",
            "पुलिस",
            "पुलिस",
            "के अनुसार",
        ),
    ],
)
def test_direct_quote_with_speaker_and_cue(extractor, text, quote, speaker, name, cue):
    found = _only(extractor, text)
    assert found.type == "direct"
    assert found.text == quote
    assert text[found.start : found.end] == quote
    assert found.speaker is not None and found.speaker.text == speaker
    assert text[found.speaker.start : found.speaker.end] == speaker
    assert found.speaker.name == name
    assert found.cue is not None and found.cue.text == cue
    assert text[found.cue.start : found.cue.end] == cue


def test_organisation_speaker_kind(extractor):
    found = _only(extractor, 'विदेश मंत्रालय ने कहा, "दोनों देशों के बीच बातचीत जारी रहेगी।"')
    assert found.speaker is not None
    assert found.speaker.kind == "organization"


def test_pronoun_resolves_to_previous_subject(extractor):
    text = 'उद्योग मंत्री अनीता मेहरा ने नई नीति जारी की।\n\nउन्होंने कहा, "छोटे शहरों के युवाओं को पूंजी मिलेगी।"'
    found = _only(extractor, text)
    assert found.speaker is not None
    assert found.speaker.text == "उन्होंने"
    assert found.speaker.kind == "pronoun"
    assert found.speaker.name == "अनीता मेहरा"


def test_surname_resolves_to_fullest_name(extractor):
    text = 'कप्तान अर्जुन राठौर ने कहा, "टीम पूरी तरह तैयार है।"\n\n"गेंदबाज़ों ने कमाल किया है," राठौर ने कहा।'
    quotes = extractor.extract(text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["अर्जुन राठौर", "अर्जुन राठौर"]


def test_indirect_speech(extractor):
    text = "प्रवक्ता ने कहा कि सरकार अगले महीने नई नीति लागू करेगी।"
    found = _only(extractor, text)
    assert found.type == "indirect"
    assert found.text == "सरकार अगले महीने नई नीति लागू करेगी"
    assert found.cue is not None and found.cue.text == "कहा"


def test_short_titles_are_not_quotes(extractor):
    assert extractor.extract('उन्होंने "विकास" शब्द पर ज़ोर दिया।') == []


def test_unclosed_quote_runs_to_paragraph_end(extractor):
    text = 'मंत्री ने कहा, "हम अगले सप्ताह नई योजना लाएंगे\n\nअगला पैराग्राफ़ यहां है।'
    found = _only(extractor, text)
    assert found.text == "हम अगले सप्ताह नई योजना लाएंगे"
    assert found.evidence is not None and found.evidence["span"] == "unclosed_quote"


def test_continuation_paragraph_keeps_speaker(extractor):
    text = 'सांसद रीना वर्मा ने कहा, "यह फैसला किसानों के हित में है।"\n\n"हम इसे हर गांव तक ले जाएंगे।"'
    quotes = extractor.extract(text)
    assert len(quotes) == 2
    assert quotes[1].speaker == quotes[0].speaker


def test_hearsay_is_not_a_cue(extractor):
    quotes = extractor.extract('कहा जाता है कि "यह किला तीन सौ साल पुराना है।"')
    assert all(q.cue is None for q in quotes)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", '"', '""', "“”", "कोई उद्धरण नहीं।"])
def test_degenerate_texts_give_nothing(extractor, text):
    assert extractor.extract(text) == []


def test_offsets_are_code_points_into_the_whole_text(extractor):
    text = "पहला पैराग्राफ़।\n\n\n" + 'दूसरे में सुनील ने कहा, "यह एक लंबा उद्धरण है।"'
    found = _only(extractor, text)
    assert text[found.start : found.end] == found.text


def test_paragraph_spans_skip_blank_lines():
    text = "एक\n\n  \n\nदो\n\nतीन"
    assert [text[s:e] for s, e in paragraphs(text)] == ["एक", "दो", "तीन"]


def test_tokenize_keeps_abbreviations_and_splits_sentence_dots():
    tokens = [t.text for t in tokenize("डॉ. शर्मा ने कहा.")]
    assert tokens == ["डॉ.", "शर्मा", "ने", "कहा", "."]


def test_doubled_apostrophes_pair_as_quote_marks():
    text = "उन्होंने कहा, ''सब कुछ ठीक हो जाएगा।''"
    spans = find_quote_spans(text, 0, len(text))
    assert [text[s.start : s.end] for s in spans] == ["सब कुछ ठीक हो जाएगा।"]


def test_resolver_prefers_the_fullest_name():
    resolver = NameResolver()
    resolver.observe("विनोद कुमार सेठी")
    assert resolver.observe("सेठी") == "विनोद कुमार सेठी"
    assert resolver.last_person() == "विनोद कुमार सेठी"


def test_gender_of_cues_and_names():
    from consumer.extraction.gender import cue_gender, name_gender

    assert [cue_gender(c) for c in ("बोलीं", "कहती हैं", "बोले", "कहते हैं", "कहा", "बताया")] == [
        "f",
        "f",
        "m",
        "m",
        None,
        None,
    ]
    assert name_gender("पूनम देवी", None) == "f"
    assert name_gender("हरप्रीत कौर", None) == "f"
    assert name_gender("अभय", "मृतक के पिता") == "m"
    assert name_gender("अभय", None) is None
