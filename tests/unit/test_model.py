"""The packaged Hindi NER model, and the code that trains it (on tiny made-up data only).

No HiNER sentence appears here: the model tests use sentences written for this file with
fictional people, and the training-code tests write their own small CoNLL files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from consumer.extraction.model import MODEL_DIR, NER_LABELS, entities, load_ner, model_version
from consumer.training import ner as ner_training
from consumer.training.augment import swap_names
from consumer.training.conll import (
    AlignmentStats,
    Sentence,
    bucket,
    build_doc,
    detokenise,
    read_conll,
    split,
    tidy,
)

# --- the committed model --------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return load_ner()


def test_model_loads_from_the_package_with_the_ner_labels(nlp):
    assert MODEL_DIR.is_dir()
    assert nlp.pipe_names == ["ner"]
    assert set(nlp.get_pipe("ner").labels) == set(NER_LABELS)
    assert load_ner() is nlp  # cached
    assert load_ner(MODEL_DIR) is nlp


def test_model_reports_its_version(nlp):
    assert model_version(nlp) == f"{ner_training.MODEL_NAME}-{ner_training.MODEL_VERSION}"
    assert model_version(nlp) == "hi_ner-0.2.0"


def test_model_is_small_and_documented():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 30 * 1024 * 1024
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"
    assert set(meta["performance"]["ents_per_type"]) == set(NER_LABELS)
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    for needle in ("HiNER", "CC BY-SA 4.0", "cfiltnlp/HiNER", "LREC 2022", "make train"):
        assert needle in card


def test_missing_model_directory_says_how_to_build_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="make train"):
        load_ner(tmp_path)


# Sentences written for these tests; the people in them are fictional. Kept to cases that
# every model trained during tuning (several configurations and seeds) got right.
PERSON_CASES = [
    ("गृह मंत्री अरुण सिन्हा ने सोमवार को दिल्ली में पत्रकारों से बात की।", "अरुण सिन्हा"),
    ("मुख्यमंत्री रमेश चौधरी ने कहा कि सरकार किसानों की मदद करेगी।", "रमेश चौधरी"),
    (
        "भारतीय जनता पार्टी के अध्यक्ष मनोज त्रिपाठी ने पटना में रैली को संबोधित किया।",
        "मनोज त्रिपाठी",
    ),
    (
        "प्रधानमंत्री ने कहा कि देश आगे बढ़ रहा है, लेकिन विपक्षी नेता राजीव मल्होत्रा इससे सहमत नहीं हैं।",
        "राजीव मल्होत्रा",
    ),
    ('पाकिस्तान के विदेश मंत्री इमरान क़ुरैशी ने कहा, "हम शांति चाहते हैं।"', "इमरान क़ुरैशी"),
    ("शिक्षा मंत्री दीपिका वर्मा ने कहा कि नई नीति अगले साल से लागू होगी।", "दीपिका वर्मा"),
    ("समाजवादी पार्टी के प्रवक्ता अनिल यादव ने बयान जारी किया।", "अनिल यादव"),
]

ORGANIZATION_CASES = [
    ("विदेश मंत्रालय के प्रवक्ता विकास भटनागर ने बताया कि बातचीत जारी है।", "विदेश मंत्रालय"),
    (
        "भारतीय जनता पार्टी के अध्यक्ष मनोज त्रिपाठी ने पटना में रैली को संबोधित किया।",
        "भारतीय जनता पार्टी",
    ),
    ("संयुक्त राष्ट्र ने इस हमले की निंदा की है।", "संयुक्त राष्ट्र"),
    ("रक्षा मंत्रालय ने बयान जारी कर कहा कि सेना पूरी तरह तैयार है।", "रक्षा मंत्रालय"),
]

LOCATION_CASES = [
    ("गृह मंत्री अरुण सिन्हा ने सोमवार को दिल्ली में पत्रकारों से बात की।", "दिल्ली"),
    (
        "भारतीय जनता पार्टी के अध्यक्ष मनोज त्रिपाठी ने पटना में रैली को संबोधित किया।",
        "पटना",
    ),
]


def _labelled(nlp, text):
    return {(text[start:end], label) for start, end, label in entities(nlp, text)}


@pytest.mark.parametrize(("text", "name"), PERSON_CASES)
def test_tags_people_in_handwritten_sentences(nlp, text, name):
    assert (name, "PERSON") in _labelled(nlp, text)


@pytest.mark.parametrize(("text", "name"), ORGANIZATION_CASES)
def test_tags_organizations_in_handwritten_sentences(nlp, text, name):
    assert (name, "ORGANIZATION") in _labelled(nlp, text)


@pytest.mark.parametrize(("text", "name"), LOCATION_CASES)
def test_tags_places_in_handwritten_sentences(nlp, text, name):
    assert (name, "LOCATION") in _labelled(nlp, text)


def test_entities_are_character_offsets_into_the_text(nlp):
    text = "गृह मंत्री अरुण सिन्हा ने सोमवार को दिल्ली में पत्रकारों से बात की।"
    found = entities(nlp, text)
    assert found
    for start, end, label in found:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        assert label in NER_LABELS
    assert entities(nlp, "") == []


# --- reading CoNLL and building Docs (made-up words) -----------------------------------------

SNIPPET = """\
टिमटिम\tB-PERSON
झुमरू\tI-PERSON
ने\tO
गुलगुलपुर\tB-LOCATION
में\tO
"\tO
चमचम\tB-ORGANIZATION
संघ\tI-ORGANIZATION
"\tO
के\tO
बारे\tO
में\tO
कहा\tO
,\tO
(\tO
झिलमिल\tB-LOCATION
)\tO
है।\tO
.\tO

बुलबुल\tB-PER
.चटपटनगर\tB-LOC
गया\tI-MISC
.\tO
"""


@pytest.fixture
def snippet(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.conll"
    path.write_text(SNIPPET, encoding="utf-8")
    return path


def test_read_conll_normalises_tags(snippet):
    first, second = read_conll(snippet)
    assert first.words[:3] == ("टिमटिम", "झुमरू", "ने")
    assert first.tags[:3] == ("B-PERSON", "I-PERSON", "O")
    assert second.tags == ("B-PERSON", "B-LOCATION", "O", "O")  # short names mapped, MISC dropped


def test_read_conll_names_the_bad_line(tmp_path):
    path = tmp_path / "bad.conll"
    path.write_text("एक\tO\nदो तीन\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.conll:2"):
        read_conll(path)


def test_detokenise_rebuilds_running_text(snippet):
    first, second = (tidy(s) for s in read_conll(snippet))
    text, cores = detokenise(first.words)
    assert text == 'टिमटिम झुमरू ने गुलगुलपुर में "चमचम संघ" के बारे में कहा, (झिलमिल) है।'
    assert [text[a:b] for a, b in cores][-3:] == ["झिलमिल", ")", "है"]
    assert detokenise(second.words)[0] == "बुलबुल. चटपटनगर गया."


def test_build_doc_retokenises_and_carries_entities_over(snippet):
    nlp = spacy.blank("hi")
    stats = AlignmentStats()
    first, second = (build_doc(nlp, s, stats) for s in read_conll(snippet))
    assert [(e.text, e.label_) for e in first.ents] == [
        ("टिमटिम झुमरू", "PERSON"),
        ("गुलगुलपुर", "LOCATION"),
        ("चमचम संघ", "ORGANIZATION"),
        ("झिलमिल", "LOCATION"),
    ]
    assert [t.text for t in first][-2:] == ["है", "।"]  # spaCy splits the danda off again
    assert [(e.text, e.label_) for e in second.ents] == [
        ("बुलबुल", "PERSON"),
        ("चटपटनगर", "LOCATION"),
    ]
    assert stats.sentences == 2
    assert stats.words_aligned == stats.words
    assert stats.entities == 6 and stats.entities_dropped == 0


def test_tidy_joins_a_name_tagged_in_two_and_drops_a_doubled_end():
    sentence = Sentence(
        ("टिमटिम", "झुमरू", "ने", "बुलबुल,", "चमकी", "से", "कहा", "है।", "."),
        ("B-PERSON", "B-PERSON", "O", "B-PERSON", "B-PERSON", "O", "O", "O", "O"),
    )
    tidied = tidy(sentence)
    assert tidied.words == sentence.words[:-1]
    # joined where only a space separates them, not across the comma
    assert tidied.tags == ("B-PERSON", "I-PERSON", "O", "B-PERSON", "B-PERSON", "O", "O", "O")
    doc = build_doc(spacy.blank("hi"), sentence)
    assert doc.text == "टिमटिम झुमरू ने बुलबुल, चमकी से कहा है।"
    assert [e.text for e in doc.ents] == ["टिमटिम झुमरू", "बुलबुल", "चमकी"]


def test_split_is_stable_and_disjoint():
    sentences = [Sentence((f"शब्द{i}", "है"), ("O", "O")) for i in range(300)]
    train, dev, held = split(sentences, held_out=10, dev=8)
    assert len(train) + len(dev) + len(held) == 300
    assert split(list(reversed(sentences)), held_out=10, dev=8)[2] == list(reversed(held))
    assert all(bucket(s) < 10 for s in held)
    assert all(10 <= bucket(s) < 18 for s in dev)
    assert 10 < len(held) < 60


def test_swap_names_replaces_names_and_keeps_offsets():
    nlp = spacy.blank("hi")
    docs = [
        build_doc(nlp, Sentence(("टिमटिम", "ने", "कहा", "।"), ("B-PERSON", "O", "O", "O"))),
        build_doc(nlp, Sentence(("बुलबुल", "आया", "।"), ("B-PERSON", "O", "O"))),
    ]
    copies = swap_names(nlp, docs, labels=["PERSON"], rate=3, seed=1)
    assert len(copies) == 6
    for doc in copies:
        (ent,) = doc.ents
        assert ent.label_ == "PERSON"
        assert ent.text in {"टिमटिम", "बुलबुल"}


# --- the training command ---------------------------------------------------------------------


def test_cli_without_data_fails_and_says_where_to_put_it(tmp_path, capsys, monkeypatch):
    missing = tmp_path / "nowhere.conll"
    monkeypatch.setenv("HINER_PATH", str(missing))
    assert ner_training.default_data_path() == missing
    assert ner_training.main(["--output", str(tmp_path / "model")]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err
    assert "shared/data/hiner/hiner-collapsed.conll" in err
    assert not (tmp_path / "model").exists()


def test_default_data_path_is_beside_the_repository(monkeypatch):
    monkeypatch.delenv("HINER_PATH", raising=False)
    path = ner_training.default_data_path()
    assert path.parts[-4:] == ("shared", "data", "hiner", "hiner-collapsed.conll")
    assert path.parents[3] == ner_training.REPO_ROOT.parent


def test_train_end_to_end_on_made_up_sentences(tmp_path):
    people = ["टिमटिम झुमरू", "बुलबुल प्रसाद", "चमकी देवी", "गुड्डू लाल", "पिंकी रानी", "मुन्ना भाई"]
    places = ["गुलगुलपुर", "झिलमिलगंज", "चटपटनगर", "फुलवारीपुर", "टमाटरगढ़"]
    lines: list[str] = []
    for person in people:
        for place in places:
            for word in person.split():
                tag = "B-PERSON" if word == person.split()[0] else "I-PERSON"
                lines.append(f"{word}\t{tag}")
            lines += ["ने\tO", f"{place}\tB-LOCATION", "में\tO", "कहा\tO", "।\tO", ""]
    data = tmp_path / "made-up.conll"
    data.write_text("\n".join(lines), encoding="utf-8")
    output = tmp_path / "model"
    figures = ner_training.train(
        data,
        output,
        overrides={
            "training.max_epochs": 2,
            "training.eval_frequency": 5,
            "components.ner.model.tok2vec.embed.rows": [200, 200, 100, 100, 100],
            "augment.swap_rate": 0.0,
        },
        log=None,
    )
    assert set(figures["held_out"]) == {*NER_LABELS, "ALL"}
    assert figures["data"]["sentences"] == 30
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    assert (meta["name"], meta["version"]) == ("hi_ner", "0.2.0")
    assert "CC BY-SA 4.0" in (output / "MODEL_CARD.md").read_text(encoding="utf-8")
    trained = load_ner(output)
    assert model_version(trained) == "hi_ner-0.2.0"
    assert set(trained.get_pipe("ner").labels) == set(NER_LABELS)
