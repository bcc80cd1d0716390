"""Each case names the rule that must answer it: a failing case points to one rule."""

from __future__ import annotations

import pytest

from consumer.extraction import QuoteExtractor
from consumer.extraction.attribution import SPEAKER_RULES
from consumer.extraction.confidence import CONFIDENCE, confidence
from consumer.extraction.mentions import MENTION_RULES, classify_with_rule
from consumer.extraction.speaker_resolution import RESOLUTION_RULES
from consumer.extraction.text import tokenize


@pytest.fixture(scope="module")
def rules() -> QuoteExtractor:
    # The hand-set table, so that a record's confidence names the situation the rules saw.
    return QuoteExtractor(calibrated=False)


def _only(extractor: QuoteExtractor, text: str):
    quotes = extractor.extract(text)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("agent_marker", 'पंचायत सचिव कमलेश नागर ने कहा, "नहर का काम अगले महीने पूरा होगा।"'),
        ("genitive_cue", 'तहसीलदार के अनुसार, "बाढ़ का पानी अब उतर रहा है।"'),
        ("genitive_before_cue", 'सरपंच रुक्मिणी बघेल का कहना है, "गांव में पानी की कमी नहीं है।"'),
        ("genitive_pronoun", 'जुलाहे परेशान हैं। उनका कहना है, "धागे के दाम बहुत बढ़ गए हैं।"'),
        ("nominative_subject", 'मछुआरे भोला मांझी बोले, "इस साल नदी में मछली कम है।"'),
        ("nominative_pronoun", 'थोड़ी देर बाद वे बोले, "हम कल फिर आएंगे यहां पर।"'),
        ("document_passive", 'नगर निगम की रिपोर्ट में कहा गया है, "सड़कों की मरम्मत जरूरी है।"'),
        ("dash", '"हम हार नहीं मानेंगे, लड़ाई जारी रहेगी" - किसान नेता हरपाल ढिल्लों'),
        ("colon", 'जिलाधिकारी सुमेधा राणा: "राहत शिविर रात भर खुले रहेंगे।"'),
    ],
)
def test_speaker_rule_named_in_evidence(rules: QuoteExtractor, rule: str, text: str) -> None:
    quote = _only(rules, text)
    assert quote.evidence is not None
    assert quote.evidence["speaker"] == rule


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("person", 'पंचायत सचिव कमलेश नागर ने कहा, "नहर का काम अगले महीने पूरा होगा।"'),
        ("organization", 'नगर निगम ने कहा, "सड़कों की मरम्मत अगले हफ्ते होगी।"'),
        ("role_unnamed", 'एक अधिकारी ने कहा, "जांच रिपोर्ट जल्द आ जाएगी सबके सामने।"'),
        (
            "pronoun_last_person",
            'मछुआरे भोला मांझी ने कहा, "नदी सूख रही है।"\n\nउन्होंने कहा, "सरकार कुछ नहीं करती है।"',
        ),
    ],
)
def test_resolution_rule_named_in_evidence(rules: QuoteExtractor, rule: str, text: str) -> None:
    quote = rules.extract(text)[-1]
    assert quote.evidence is not None
    assert quote.evidence["resolution"] == rule


@pytest.mark.parametrize(
    ("rule", "phrase"),
    [
        ("pronoun", "उन्होंने"),
        ("document_phrase", "नगर निगम की रिपोर्ट"),
        ("organization_phrase", "राज्य सरकार"),
        ("unnamed", "एक अधिकारी"),
        ("bare_role", "प्रवक्ता"),
        ("person_name", "पंचायत सचिव कमलेश नागर"),
    ],
)
def test_mention_rule(rule: str, phrase: str) -> None:
    _, answered = classify_with_rule(tokenize(phrase))
    assert answered == rule


def test_continuation_is_a_speaker_rule(rules: QuoteExtractor) -> None:
    text = 'कमलेश नागर ने कहा, "नहर का काम अगले महीने पूरा होगा।"\n\n"हम मजदूरों को पूरा पैसा देंगे।"'
    second = rules.extract(text)[-1]
    assert second.evidence is not None
    assert second.evidence["speaker"] == "continues_paragraph"
    assert second.confidence == CONFIDENCE["continues_paragraph"]


def test_reported_clause_evidence(rules: QuoteExtractor) -> None:
    quote = _only(rules, "थाना प्रभारी अजय तोमर ने कहा कि आरोपी की तलाश जारी है।")
    assert quote.evidence == {
        "span": "complementizer",
        "speaker": "agent_marker",
        "resolution": "person",
    }


def test_unclosed_quote_costs_the_penalty() -> None:
    assert confidence("direct_named", closed=False) == pytest.approx(0.92 - 0.15)


@pytest.mark.parametrize("table", [SPEAKER_RULES, MENTION_RULES, RESOLUTION_RULES])
def test_every_rule_has_a_one_line_docstring_with_hindi(table) -> None:
    for rule in table:
        doc = (rule.__doc__ or "").strip()
        assert doc, rule.__name__
        assert any("\u0900" <= ch <= "\u097f" for ch in doc), rule.__name__
