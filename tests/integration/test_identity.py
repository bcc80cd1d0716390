"""Ids that survive article updates, through the real service and a real broker: an article
sent, then sent again with a paragraph inserted above its quotations and one quotation
reworded, keeps the ids of the quotations it left alone (schema 1.2, docs/identity.md)."""

from __future__ import annotations

import orjson

from tests.kafka_harness import Topics, produce, read_topic, worker_env

FIRST = (
    'जल बोर्ड की अध्यक्ष कविता राठौर ने कहा, "शहर के हर वार्ड में अगले महीने से रोज पानी आएगा।"\n\n'
    '"पुरानी पाइपलाइन बदलने का काम बारिश से पहले पूरा होगा," राठौर ने बताया।\n\n'
    'उन्होंने कहा, "बिल न भरने वालों के कनेक्शन नहीं काटे जाएंगे।"'
)
# The update: a paragraph inserted above the quotations, one word of the second quotation changed.
UPDATED = "बुधवार को शहर के कई इलाकों में पानी नहीं आया।\n\n" + FIRST.replace(
    "पुरानी पाइपलाइन", "जर्जर पाइपलाइन"
)


def test_an_updated_article_keeps_the_ids_of_the_quotations_it_left_alone(
    bootstrap: str, topics: Topics, start_worker
) -> None:
    article = {"id": "identity-1", "text": FIRST, "source": "परीक्षण"}
    produce(bootstrap, topics.input, [(b"identity-1", orjson.dumps(article))])
    worker = start_worker(worker_env(bootstrap, topics))
    worker.wait_ready()
    first = [orjson.loads(m.value) for m in read_topic(bootstrap, topics.output, expect=3)]
    assert len(first) == 3, worker.log()

    produce(bootstrap, topics.input, [(b"identity-1", orjson.dumps({**article, "text": UPDATED}))])
    both = [orjson.loads(m.value) for m in read_topic(bootstrap, topics.output, expect=6)]
    assert len(both) == 6, worker.log()
    updated = both[3:]
    assert worker.terminate() == 0, worker.log()

    before = {d["text"]: d for d in first}
    after = {d["text"]: d for d in updated}
    kept = [text for text in before if text in after]
    assert len(kept) == 2
    for text in kept:
        assert after[text]["start"] > before[text]["start"]  # moved down by the new paragraph
        assert after[text]["quote_id"] == before[text]["quote_id"]
        assert after[text]["fingerprint"] == before[text]["fingerprint"]
        assert after[text]["speaker_key"] == before[text]["speaker_key"]
    (reworded,) = [d for text, d in after.items() if text not in before]
    (original,) = [d for text, d in before.items() if text not in after]
    assert reworded["quote_id"] != original["quote_id"]
    assert reworded["fingerprint"] != original["fingerprint"]
    assert set(reworded["near_keys"]) & set(original["near_keys"])  # a light edit: one group
    assert {d["schema_version"] for d in both} == {"1.2"}
