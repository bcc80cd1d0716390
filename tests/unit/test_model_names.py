"""How the extractor uses the model's answers (ModelNames), with a stand-in pipeline that
returns chosen entities: the logic is tested without loading the real model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from consumer.extraction.model_names import ModelNames


@dataclass
class _Span:
    start_char: int
    end_char: int
    label_: str


@dataclass
class _Doc:
    ents: list[_Span]


class _FakeNER:
    """Tags the given words wherever they occur in the text it is handed."""

    def __init__(self, tagged: dict[str, str]) -> None:
        self.meta = {"name": "fake_ner", "version": "0.0.0"}
        self.tagged = tagged
        self.read: list[str] = []

    def __call__(self, text: str) -> _Doc:
        self.read.append(text)
        ents = []
        for words, label in self.tagged.items():
            at = text.find(words)
            if at >= 0:
                ents.append(_Span(at, at + len(words), label))
        return _Doc(sorted(ents, key=lambda e: e.start_char))

    def pipe(self, texts: Any) -> list[_Doc]:
        return [self(t) for t in texts]


def _subjects(text: str, tagged: dict[str, str], since: int = 0) -> list[str]:
    """The antecedents offered to the pronoun उन्होंने in ``text`` (the extractor asks about
    the text before the pronoun's own sentence)."""
    names = ModelNames(_FakeNER(tagged), text)  # type: ignore[arg-type]
    return [who for _, who in names.subjects(since, text.index("उन्होंने"))]


def test_a_person_at_the_start_of_a_sentence_is_an_antecedent():
    text = "मधुलिका सेमवाल दस साल से गांव में स्कूल चलाती हैं। उन्होंने कहा कि फीस नहीं लगेगी।"
    assert _subjects(text, {"मधुलिका सेमवाल": "PERSON"}) == ["मधुलिका सेमवाल"]


def test_a_single_word_the_article_never_writes_in_full_is_not_an_antecedent():
    # The model tags a region's name as a person; nobody in the article is called that.
    text = "मारवाड़ में इस बार बारिश कम हुई। उन्होंने कहा कि राहत जल्दी आएगी।"
    assert _subjects(text, {"मारवाड़": "PERSON"}) == []


def test_a_single_word_written_in_full_elsewhere_is_an_antecedent():
    text = "टीम की कप्तान रश्मि तोमर रही हैं। रश्मि कल लौटीं। उन्होंने कहा कि जीत सबकी है।"
    assert _subjects(text, {"रश्मि": "PERSON"}, since=text.index("रश्मि कल")) == ["रश्मि"]


def test_a_span_with_a_word_that_cannot_be_in_a_name_is_not_an_antecedent():
    text = "जी सोलर लैंप से अब रात में पढ़ाई होती है। उन्होंने कहा कि बिजली नहीं थी।"
    assert _subjects(text, {"जी सोलर लैंप": "PERSON"}) == []


def test_the_model_reads_a_few_words_around_a_phrase_not_its_whole_sentence():
    words = " ".join(f"शब्द{i}" for i in range(40))
    text = f"{words} जिला कृषि अधिकारी नरेश पंत ने बुधवार को यहां संवाददाताओं से कहा कि बीज आ गया है।"
    fake = _FakeNER({"नरेश पंत": "PERSON"})
    names = ModelNames(fake, text)  # type: ignore[arg-type]
    start = text.index("जिला")
    region = names._region(start, text.index(" ने"))
    assert text[region[0] : region[1]].split()[0] == "शब्द36"  # four words before
    assert text[region[0] : region[1]].endswith("ने बुधवार")  # two words after


def test_a_person_named_inside_a_quotation_is_not_the_sentence_subject():
    text = 'गहलोत जी ने कहा, "भरत सिंह जी को आंकड़े देखने चाहिए"। उन्होंने कहा कि काम हुआ है।'
    assert _subjects(text, {"भरत सिंह": "PERSON"}) == []


def test_where_the_model_finds_nobody_the_rules_person_introduced_by_a_role_counts():
    text = "मोहल्ले की गृहिणी सरला बाजपेयी इस व्यवस्था से नाराज़ दिखीं। उन्होंने कहा कि डिब्बे नहीं मिले।"
    end = text.index("उन्होंने")
    names = ModelNames(_FakeNER({}), text)  # type: ignore[arg-type]
    assert [who for _, who in names.subjects(0, end)] == ["सरला बाजपेयी"]


def test_a_person_named_earlier_in_the_pronouns_own_sentence_is_not_its_antecedent():
    from consumer.extraction import QuoteExtractor

    text = (
        'अभिनेता विक्रम सूद ने कहा, "थिएटर ने मुझे सब सिखाया।"\n\n'
        'साथी अभिनेत्री तान्या मेहरा के बारे में उन्होंने कहा, "तान्या हर दृश्य की तैयारी करती हैं।"'
    )
    extractor = QuoteExtractor(nlp=_FakeNER({"तान्या मेहरा": "PERSON"}))  # type: ignore[arg-type]
    names = [q.speaker.name for q in extractor.extract(text) if q.speaker]
    assert names == ["विक्रम सूद", "विक्रम सूद"]


def _extract_with(fake: _FakeNER, text: str) -> list[tuple[str, str | None]]:
    from consumer.extraction import QuoteExtractor

    extractor = QuoteExtractor(nlp=fake)  # type: ignore[arg-type]
    return [(q.text, q.speaker.name if q.speaker else None) for q in extractor.extract(text)]


def test_where_the_model_changes_an_answer_the_article_is_read_again_with_it():
    # The rules take "बैंक के एक कर्मचारी गोकुल" for an unnamed employee (one word after
    # an indefinite role may be a common noun); the model finds the person.
    text = 'बैंक के एक कर्मचारी गोकुल ने कहा, "पैसा सुरक्षित है।"'
    with_person = _extract_with(_FakeNER({"गोकुल": "PERSON"}), text)
    without = _extract_with(_FakeNER({}), text)
    assert with_person == [("पैसा सुरक्षित है।", "गोकुल")]
    assert without != with_person


def test_where_the_model_changes_no_answer_the_rules_answer_stands():
    from consumer.extraction.extractor import QuoteExtractor

    text = 'बैंक के एक कर्मचारी गोकुल ने कहा, "पैसा सुरक्षित है।"'
    fake = _FakeNER({"बैंक": "ORGANIZATION"})  # found, but it changes no answer
    with_model = QuoteExtractor(nlp=fake).extract(text)  # type: ignore[arg-type]
    assert fake.read, "the recording pass asked the model about the speaker phrase"
    assert with_model == QuoteExtractor().extract(text)


def test_a_role_phrase_ending_in_a_group_or_a_known_word_is_not_read_by_the_model():
    fake = _FakeNER({"रामपुर": "PERSON"})
    _extract_with(fake, 'रामपुर गांव के नाराज किसानों ने कहा, "नहर सूखी है।"')
    _extract_with(fake, 'रामपुर के स्कूल के प्रधानाचार्य ने कहा, "नहर सूखी है।"')
    assert fake.read == []


def test_a_sentence_with_ne_in_its_head_leaves_its_subject_to_the_rules():
    # The accused is the object of the police's arrest, not the subject a pronoun points to.
    text = (
        "गिरोह का सरगना 26 वर्षीय सलीम अंसारी है, जिसे पुलिस ने रात में दबोचा। उन्होंने बताया कि पूछताछ जारी है।"
    )
    fake = _FakeNER({"सलीम अंसारी": "PERSON"})
    end = text.index("उन्होंने")
    names = ModelNames(fake, text)  # type: ignore[arg-type]
    rules = ModelNames(_FakeNER({}), text)  # type: ignore[arg-type]
    assert names.subjects(0, end) == rules.subjects(0, end)
    assert fake.read == []


def test_a_person_on_a_link_to_another_story_is_not_an_antecedent():
    text = (
        "नेता अवधेश कुशवाहा ने अफवाहें खारिज कीं।\n\n"
        "यह भी पढ़ें: सहयोगी दल भूल न करे: विधायक दल नेता मनोज सहनी\n\n"
        "उन्होंने कहा कि बातचीत जारी है।"
    )
    assert "मनोज सहनी" not in _subjects(text, {"मनोज सहनी": "PERSON"})
