"""The antecedent ranker for pronoun speakers: its candidates and their features, the rule
``pronoun_ranked``, the model file, and the conditional-logit fit. No packaged model is needed
except where a test says so (a small JSON file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consumer.extraction import QuoteExtractor
from consumer.extraction.antecedent_features import (
    Candidate,
    _before_genitive,
    _inside_quote,
    distance_features,
)
from consumer.extraction.antecedent_ranker import (
    FORMAT,
    AntecedentRanker,
    load_antecedents,
)
from consumer.training.antecedents import Group, Recorder, fit_ranker, is_gold_name

# A woman named with देवी, then a man whose gender no word shows, then वे बोलीं: the rules
# take the person last named whose gender does not contradict the verb (the man); the
# feminine verb agrees only with the woman.
TWO_PEOPLE = (
    "सरिता देवी ने बैठक में गांव की समस्याएं रखीं। अध्यक्ष अमरनाथ जोशी ने कहा, "
    '"हम हर शिकायत की जांच करेंगे।"\n\nवे बोलीं, "हमें पानी चाहिए।"'
)


def _recorded(text: str) -> dict[int, tuple[list[Candidate], str]]:
    recorder = Recorder()
    QuoteExtractor(calibrated=False, antecedents=recorder).extract(text)
    return recorder.seen


def _pronoun_speaker(extractor: QuoteExtractor, text: str) -> tuple[str | None, str | None]:
    quote = extractor.extract(text)[-1]
    assert quote.speaker is not None and quote.evidence is not None
    return quote.speaker.name, quote.evidence.get("resolution")


@pytest.mark.parametrize(
    ("text", "at", "end", "sentences", "same_paragraph"),
    [
        ("राम ने कहा। फिर वह गया।", 0, 15, 1, True),
        ("राम ने कहा। सीता आई। गीता गई। फिर वह गया।", 0, 35, 3, True),
        ("राम ने कहा।\n\nफिर वह गया।", 0, 17, 1, False),
        ("राम ने कहा कि वह गया।", 0, 14, 0, True),
    ],
)
def test_distance_features_count_sentences_and_paragraphs(
    text: str, at: int, end: int, sentences: int, same_paragraph: bool
) -> None:
    paragraph_start = text.rfind("\n", 0, end) + 1
    features = distance_features(text=text, at=at, end=end, paragraph_start=paragraph_start)
    assert features[f"sentences={sentences}"] == 1.0
    assert ("same_paragraph" in features) is same_paragraph
    assert 0.0 < features["chars"] < 1.0


def test_candidates_are_the_people_named_before_with_the_rules_choice_marked() -> None:
    ((candidates, choice),) = _recorded(TWO_PEOPLE).values()
    assert choice == "अमरनाथ जोशी"
    by_name = {c.name: c.features for c in candidates}
    assert set(by_name) == {"अमरनाथ जोशी", "सरिता देवी"}
    assert {"rule_choice", "last_speaker", "recency=0", "gender=unknown"} <= set(
        by_name["अमरनाथ जोशी"]
    )
    assert {"gender=agrees", "latest_agreeing", "other_spoke_since", "recency=1"} <= set(
        by_name["सरिता देवी"]
    )
    assert "rule_choice" not in by_name["सरिता देवी"]


@pytest.mark.parametrize(
    ("text", "name", "genitive"),
    [
        ("सुमन वर्मा के बेटे ने कहा", "सुमन वर्मा", True),
        ("सुमन वर्मा की बहू ने कहा", "सुमन वर्मा", True),
        ("सुमन वर्मा ने कहा", "सुमन वर्मा", False),
        ("वर्मा का कहना है", "सुमन वर्मा", True),
    ],
)
def test_a_mention_before_ka_ki_ke_is_a_possessor(text: str, name: str, genitive: bool) -> None:
    assert _before_genitive(text, 0, name) is genitive


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('मंत्री ने कहा, "सुमन वर्मा जी ने भी', True),
        ('मंत्री ने कहा, "हम आगे बढ़ेंगे।" सुमन वर्मा', False),
        ("मंत्री ने कहा, “हम आगे बढ़ेंगे।” सुमन वर्मा", False),
        ('"हम आगे बढ़ेंगे।\nसुमन वर्मा', False),  # another paragraph
    ],
)
def test_a_mention_inside_quoted_speech_is_marked(text: str, inside: bool) -> None:
    assert _inside_quote(text, text.index("सुमन")) is inside


def test_without_a_ranker_the_rules_answer() -> None:
    assert _pronoun_speaker(QuoteExtractor(calibrated=False), TWO_PEOPLE) == (
        "अमरनाथ जोशी",
        "pronoun_last_person",
    )


def test_a_ranker_that_weighs_gender_overrides_the_rules_and_says_so() -> None:
    ranker = AntecedentRanker(weights={"gender=agrees": 5.0})
    extractor = QuoteExtractor(calibrated=False, antecedents=ranker)
    assert _pronoun_speaker(extractor, TWO_PEOPLE) == ("सरिता देवी", "pronoun_ranked:override")


def test_a_ranker_that_weighs_the_rules_choice_agrees_with_them() -> None:
    ranker = AntecedentRanker(weights={"rule_choice": 1.0})
    extractor = QuoteExtractor(calibrated=False, antecedents=ranker)
    assert _pronoun_speaker(extractor, TWO_PEOPLE) == ("अमरनाथ जोशी", "pronoun_ranked")


def test_a_ranker_without_weights_keeps_the_rules_choice_on_a_tie() -> None:
    extractor = QuoteExtractor(calibrated=False, antecedents=AntecedentRanker(weights={}))
    assert _pronoun_speaker(extractor, TWO_PEOPLE)[0] == "अमरनाथ जोशी"


def test_the_ranker_does_not_answer_where_the_rules_have_no_name() -> None:
    text = 'एक अधिकारी ने बताया कि जांच चल रही है। उन्होंने कहा, "दोषी बख्शे नहीं जाएंगे।"'
    ranker = AntecedentRanker(weights={"gender=agrees": 5.0})
    name, rule = _pronoun_speaker(QuoteExtractor(calibrated=False, antecedents=ranker), text)
    assert rule is not None and not rule.startswith("pronoun_ranked")
    assert (name, rule) == _pronoun_speaker(QuoteExtractor(calibrated=False), text)


def test_the_packaged_ranker_answers_for_pronouns_the_rules_resolve() -> None:
    extractor = QuoteExtractor(calibrated=False, antecedents=True)
    name, rule = _pronoun_speaker(extractor, TWO_PEOPLE)
    assert rule is not None and rule.startswith("pronoun_ranked")
    assert name in {"सरिता देवी", "अमरनाथ जोशी"}


def test_model_file_round_trips_and_rejects_other_formats(tmp_path: Path) -> None:
    ranker = AntecedentRanker(weights={"b": -0.5, "a": 1.25}, meta={"pronouns": 3})
    path = tmp_path / "antecedents.json"
    path.write_text(json.dumps(ranker.to_json()), encoding="utf-8")
    loaded = load_antecedents(path)
    assert dict(loaded.weights) == {"a": 1.25, "b": -0.5}
    assert loaded.meta["pronouns"] == 3
    path.write_text(json.dumps({"format": "other/1", "weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match=FORMAT):
        load_antecedents(path)
    with pytest.raises(FileNotFoundError, match="make train-antecedents"):
        load_antecedents(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("candidate", "gold", "right"),
    [
        ("सुमन वर्मा", "सुमन वर्मा", True),
        ("वर्मा", "सुमन वर्मा", True),  # a surname the article writes in full later
        ("सुमन", "सुमन वर्मा", True),
        ("सुमन वर्मा", "वर्मा", False),
        ("राजेश वर्मा", "सुमन वर्मा", False),
        ("", "सुमन वर्मा", False),
    ],
)
def test_gold_names_match_in_full_or_by_a_leading_or_trailing_part(
    candidate: str, gold: str, right: bool
) -> None:
    assert is_gold_name(candidate, gold) is right


def _group(article: str, features: list[dict[str, float]], right: int) -> Group:
    candidates = tuple(Candidate(f"c{i}", i, f) for i, f in enumerate(features))
    flags = tuple(i == right for i in range(len(features)))
    return Group("dev", article, candidates, flags, 0)


def test_fit_ranker_learns_which_feature_marks_the_right_candidate_and_is_deterministic() -> None:
    # The right candidate has "agrees"; the rules' choice (index 0) is right only when it
    # has it too.
    examples = [
        _group(f"a{i}", [{"rule_choice": 1.0}, {"agrees": 1.0}], right=1) for i in range(6)
    ] + [_group(f"b{i}", [{"rule_choice": 1.0, "agrees": 1.0}, {}], right=0) for i in range(6)]
    weights = fit_ranker(examples, l2=0.1)
    assert weights["agrees"] > weights.get("rule_choice", 0.0) + 1.0
    assert fit_ranker(examples, l2=0.1) == weights
    ranker = AntecedentRanker(weights=weights)
    for group in examples:
        best = max(group.candidates, key=lambda c: ranker.score(c.features))
        assert group.right[group.candidates.index(best)]


def test_the_spacy_component_takes_the_ranker_from_its_config() -> None:
    import spacy

    rules = {}
    for antecedents in (False, True):
        nlp = spacy.blank("hi")
        nlp.add_pipe("hindi_quotes", config={"antecedents": antecedents})
        doc = nlp(TWO_PEOPLE)
        quote = doc.spans["quotes"][-1]._.quote
        assert quote.evidence is not None
        rules[antecedents] = quote.evidence["resolution"].split(":")[0]
    assert rules == {False: "pronoun_last_person", True: "pronoun_ranked"}
