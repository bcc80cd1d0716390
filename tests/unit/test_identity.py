"""Records' ids and keys (consumer.identity): ids that survive article updates, keys on every record."""

from __future__ import annotations

import orjson

from consumer.codec import ArticleDecoder
from consumer.extraction import QuoteExtractor
from consumer.processing import Processed, Processor

BODY = (
    'परिवहन मंत्री अरुण सिन्हा ने कहा, "नया पुल मार्च तक यातायात के लिए खोल दिया जाएगा।"\n\n'
    'उन्होंने बताया, "पुराने पुल की मरम्मत भी इसी साल पूरी होगी।"'
)
INSERTED = "नगर में बुधवार को भारी बारिश हुई और कई सड़कों पर पानी भर गया।\n\n"


def _records(text: str, article_id: str = "id-1"):
    result = Processor(QuoteExtractor(), ArticleDecoder()).process(
        orjson.dumps({"id": article_id, "text": text})
    )
    assert isinstance(result, Processed)
    return result.records


def test_a_paragraph_inserted_above_keeps_every_quote_id():
    before = _records(BODY)
    after = _records(INSERTED + BODY)
    assert len(before) == 2
    assert [r.quote.start for r in after] != [r.quote.start for r in before]
    assert [r.quote_id for r in after] == [r.quote_id for r in before]


def test_a_respelled_quotation_keeps_its_id_and_a_changed_one_does_not():
    before = _records(BODY)
    respelled = _records(BODY.replace("जाएगा", "जायेगा"))
    changed = _records(BODY.replace("मार्च", "अप्रैल"))
    assert respelled[0].quote_id == before[0].quote_id
    assert changed[0].quote_id != before[0].quote_id
    assert changed[1].quote_id == before[1].quote_id


def test_a_repeated_quotation_gets_one_id_per_occurrence():
    repeated = BODY + '\n\nसिन्हा ने फिर कहा, "नया पुल मार्च तक यातायात के लिए खोल दिया जाएगा।"'
    records = _records(repeated)
    first, _, again = records
    assert first.keys is not None and again.keys is not None
    assert first.keys.fingerprint == again.keys.fingerprint
    assert first.quote_id != again.quote_id
    assert len({r.quote_id for r in records}) == 3


def test_ids_differ_between_articles_and_keys_do_not():
    one, other = _records(BODY, "id-1")[0], _records(BODY, "id-2")[0]
    assert one.quote_id != other.quote_id
    assert one.keys == other.keys


def test_every_record_carries_keys_and_the_speaker_in_latin_letters():
    for record in _records(BODY):
        assert record.keys is not None
        assert record.keys.near_keys
        assert record.keys.speaker_latin == "Arun Sinha"
        assert record.keys.speaker_key is not None
