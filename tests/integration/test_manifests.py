"""Article manifests on a real broker: an article sent, edited (one quotation removed) and sent
again; once the broker has compacted the manifest topic it holds only the latest list, and the
removed quotation is the id of the old list missing from the new one. Both guarantees.

Compaction is made to run within the test: the manifest topic rolls a segment every 200 ms
and is cleanable at once, and a filler article now and then closes the segment that holds the
superseded manifest (the active segment is never compacted)."""

from __future__ import annotations

import time
import uuid

import orjson
import pytest
from kafka.admin import KafkaAdminClient, NewTopic

from consumer.codec import ArticleDecoder
from consumer.extraction import QuoteExtractor
from consumer.manifests import removed_quote_ids
from consumer.processing import Processed, Processor
from tests.kafka_harness import Topics, produce, read_all, wait_for, worker_env

FIRST = 'परिवहन मंत्री दिनेश चौहान ने कहा, "नई बसें अगले महीने से सड़कों पर होंगी।"'
SECOND = 'विपक्ष की नेता आरती सिंह ने कहा, "यह घोषणा चुनाव से पहले का दिखावा है।"'
ARTICLE = {"id": "samachar-0042", "source": "नगर दर्पण", "text": f"{FIRST}\n\n{SECOND}"}
EDITED = {**ARTICLE, "text": FIRST}
QUIET = {"id": "samachar-0043", "source": "नगर दर्पण", "text": "आज शहर में बादल छाए रहे।"}

# Aggressive compaction for a test topic: segments roll every 200 ms, a segment is cleanable
# as soon as any of it is superseded, and tombstones/markers are not kept around.
COMPACT_FAST = {
    "cleanup.policy": "compact",
    "segment.ms": "200",
    "min.cleanable.dirty.ratio": "0.01",
    "min.compaction.lag.ms": "0",
    "delete.retention.ms": "100",
}


def _create(bootstrap: str, name: str, configs: dict[str, str]) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics(
            [NewTopic(name, num_partitions=1, replication_factor=1, topic_configs=configs)],
            validate_only=False,
        )
    finally:
        admin.close()


def _ids(article: dict[str, str]) -> list[str]:
    result = Processor(QuoteExtractor(), ArticleDecoder()).process(orjson.dumps(article))
    assert isinstance(result, Processed)
    return [r.quote_id for r in result.records]


def _manifests(bootstrap: str, topic: str, isolation: str) -> list[tuple[str, dict]]:
    return [
        (m.key.decode(), orjson.loads(m.value))
        for m in read_all(bootstrap, topic, isolation_level=isolation)
    ]


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_the_compacted_topic_keeps_the_latest_manifest_and_the_removed_quote_is_found(
    guarantee: str, bootstrap: str, topics: Topics, start_worker
) -> None:
    manifest_topic = f"quotes.manifests.{uuid.uuid4().hex[:8]}"
    _create(bootstrap, manifest_topic, COMPACT_FAST)
    isolation = "read_committed" if guarantee == "exactly_once" else "read_uncommitted"
    worker = start_worker(
        worker_env(
            bootstrap,
            topics,
            QUOTES_MANIFEST_TOPIC=manifest_topic,
            QUOTES_PROCESSING_GUARANTEE=guarantee,
            QUOTES_NER_MODEL="false",
        )
    )
    worker.wait_ready()
    before, after = _ids(ARTICLE), _ids(EDITED)
    assert len(before) == 2 and after == before[:1]

    produce(bootstrap, topics.input, [(b"samachar-0042", orjson.dumps(ARTICLE))])
    produce(bootstrap, topics.input, [(b"samachar-0043", orjson.dumps(QUIET))])
    wait_for(
        lambda: len(_manifests(bootstrap, manifest_topic, isolation)) >= 2,
        timeout=60,
        what="the first two manifests",
    )
    time.sleep(0.5)  # past segment.ms: the edit lands in a later segment
    produce(bootstrap, topics.input, [(b"samachar-0042", orjson.dumps(EDITED))])

    # What a downstream reader sees before compaction: both versions, in order.
    wait_for(
        lambda: len(_manifests(bootstrap, manifest_topic, isolation)) >= 3,
        timeout=60,
        what="the edited article's manifest",
    )
    seen = [
        m for key, m in _manifests(bootstrap, manifest_topic, isolation) if key == ARTICLE["id"]
    ]
    assert [m["quote_ids"] for m in seen] == [before, after]
    quiet = [m for key, m in _manifests(bootstrap, manifest_topic, isolation) if key == QUIET["id"]]
    assert [m["quote_ids"] for m in quiet] == [[]]  # no quotations: an empty list, not nothing

    # Keep closing segments (each filler article is a new manifest in a new segment) until
    # the cleaner has run: one manifest left for the edited article.
    deadline = time.monotonic() + 150
    filler = 0
    while True:
        latest = [
            m for key, m in _manifests(bootstrap, manifest_topic, isolation) if key == ARTICLE["id"]
        ]
        if len(latest) == 1:
            break
        assert time.monotonic() < deadline, f"not compacted after 150 s: {len(latest)} manifests"
        filler += 1
        produce(
            bootstrap,
            topics.input,
            [(None, orjson.dumps({**QUIET, "id": f"bharav-{filler}"}))],
        )
        time.sleep(2)

    assert latest[0]["quote_ids"] == after
    removed = removed_quote_ids(seen[0]["quote_ids"], latest[0]["quote_ids"])
    assert removed == [before[1]]
    # The removed id names a record on the output topic: the quotation the edit took out.
    records = {
        orjson.loads(m.value)["quote_id"]: orjson.loads(m.value)
        for m in read_all(bootstrap, topics.output, isolation_level=isolation)
    }
    assert records[removed[0]]["text"] in SECOND
    assert records[before[0]]["text"] in FIRST
    assert worker.terminate() == 0


def test_a_manifest_topic_that_is_not_compacted_stops_the_worker_with_exit_2(
    bootstrap: str, topics: Topics, start_worker
) -> None:
    manifest_topic = f"quotes.manifests.{uuid.uuid4().hex[:8]}"
    _create(bootstrap, manifest_topic, {"cleanup.policy": "delete"})
    worker = start_worker(worker_env(bootstrap, topics, QUOTES_MANIFEST_TOPIC=manifest_topic))
    assert worker.process.wait(timeout=120) == 2
    lines = [line for line in worker.log().splitlines() if "cleanup.policy" in line]
    assert len(lines) == 1, worker.log()
    assert f"QUOTES_MANIFEST_TOPIC={manifest_topic} has cleanup.policy=delete" in lines[0]
    assert lines[0].startswith("quote-consumer: configuration error:")
