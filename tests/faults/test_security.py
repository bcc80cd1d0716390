"""Security: a broker that requires SASL_SSL with SCRAM-SHA-512, configured by the test
itself (a CA and a broker certificate made with openssl, the SCRAM user created when the
storage is formatted). The right credentials work, read from files as Kubernetes mounts
secrets; wrong ones stop the worker with a clear error; the password never appears in logs,
metrics or error messages."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest
from kafka.admin import KafkaAdminClient, NewTopic

from tests.faults.conftest import LocalBroker, listening_ports, record_figures
from tests.kafka_harness import Topics, free_port, produce, read_topic, worker_env

USER = "quote-consumer"
PASSWORD = "Tz9-secret-4b1c8e0f-do-not-log"
STORE_PASSWORD = "store-pass-77"
ARTICLE = {"id": "sec-1", "text": 'प्रिया वर्मा ने कहा, "हम कभी भी पीछे नहीं हटेंगे।"'}


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _certificates(where: Path) -> Path:
    """A CA, and a broker key and certificate for 127.0.0.1 signed by it, as a PKCS#12
    keystore the broker reads. Returns the keystore; the CA is where/ca.pem."""
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
             "/CN=quote-consumer test CA", "-keyout", "ca.key", "-out", "ca.pem", cwd=where)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
             "-keyout", "broker.key", "-out", "broker.csr", cwd=where)  # fmt: skip
    (where / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    _openssl("x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "broker.pem",
             cwd=where)  # fmt: skip
    _openssl("pkcs12", "-export", "-in", "broker.pem", "-inkey", "broker.key", "-certfile",
             "ca.pem", "-name", "broker", "-passout", f"pass:{STORE_PASSWORD}",
             "-out", "broker.p12", cwd=where)  # fmt: skip
    return where / "broker.p12"


@dataclass
class SecureBroker:
    broker: LocalBroker
    secure: str  # SASL_SSL bootstrap address
    ca: Path


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureBroker]:
    where = tmp_path_factory.mktemp("tls")
    keystore = _certificates(where)
    sasl_port = free_port()
    probe = LocalBroker(where / "broker")
    plain = f"PLAINTEXT://127.0.0.1:{probe.port}"
    properties = "\n".join(
        [
            f"listeners={plain},CONTROLLER://127.0.0.1:{probe.port + 1},SASL_SSL://127.0.0.1:{sasl_port}",
            f"advertised.listeners={plain},SASL_SSL://127.0.0.1:{sasl_port}",
            "sasl.enabled.mechanisms=SCRAM-SHA-512",
            "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config="
            "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "ssl.keystore.type=PKCS12",
            f"ssl.keystore.location={keystore}",
            f"ssl.keystore.password={STORE_PASSWORD}",
            f"ssl.key.password={STORE_PASSWORD}",
        ]
    )
    broker = LocalBroker(
        where / "broker",
        port=probe.port,
        extra_properties=properties,
        scram=f"SCRAM-SHA-512=[name={USER},password={PASSWORD}]",
    ).start()
    try:
        yield SecureBroker(broker, f"127.0.0.1:{sasl_port}", where / "ca.pem")
    finally:
        broker.stop()


def _topics(plain: str) -> Topics:
    tag = str(time.monotonic_ns())[-8:]
    topics = Topics(f"in.{tag}", f"out.{tag}", f"dlq.{tag}", f"group-{tag}")
    admin = KafkaAdminClient(bootstrap_servers=plain)
    try:
        admin.create_topics([NewTopic(topics.input, 1, 1)])
    finally:
        admin.close()
    return topics


def _secure_env(sb: SecureBroker, topics: Topics, password_file: Path) -> dict[str, str]:
    env = worker_env(
        sb.secure,
        topics,
        KAFKA_SECURITY_PROTOCOL="SASL_SSL",
        KAFKA_SASL_MECHANISM="SCRAM-SHA-512",
        KAFKA_SASL_USERNAME=USER,
        KAFKA_SASL_PASSWORD_FILE=str(password_file),
        KAFKA_SSL_CAFILE=str(sb.ca),
        # DEBUG: the strictest place to look for a leaked secret.
        QUOTES_LOG_LEVEL="DEBUG",
        QUOTES_RETRY_ATTEMPTS="2",
        QUOTES_RETRY_INITIAL_BACKOFF_S="0.2",
    )
    env.pop("KAFKA_SASL_PASSWORD", None)
    return env


def test_right_credentials_from_a_file_work_and_are_never_shown(
    secure_broker: SecureBroker, tmp_path: Path, start_worker
) -> None:
    plain = secure_broker.broker.bootstrap
    topics = _topics(plain)
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")  # as Kubernetes mounts it, trailing newline included
    worker = start_worker(_secure_env(secure_broker, topics, secret))
    worker.wait_ready()
    produce(plain, topics.input, [(b"sec-1", orjson.dumps(ARTICLE))])
    records = read_topic(plain, topics.output, expect=1)
    assert [orjson.loads(m.value)["article_id"] for m in records] == ["sec-1"]
    status, metrics = worker.get("/metrics")
    assert status == 200
    # Nothing but the metrics and health server accepts connections in the worker.
    assert listening_ports(worker.process.pid) == {worker.port}
    assert worker.terminate() == 0, worker.log()
    log = worker.log_path.read_text()
    assert f"(SASL_SSL, SCRAM-SHA-512 as {USER})" in log
    for where, text in (("log", log), ("metrics", metrics)):
        assert PASSWORD not in text, f"password in the {where}"


def test_wrong_credentials_are_refused_with_a_clear_error(
    secure_broker: SecureBroker, tmp_path: Path, start_worker
) -> None:
    topics = _topics(secure_broker.broker.bootstrap)
    wrong = "wrong-" + PASSWORD
    secret = tmp_path / "password"
    secret.write_text(wrong)
    worker = start_worker(_secure_env(secure_broker, topics, secret))
    started = time.monotonic()
    code = worker.process.wait(timeout=90)
    record_figures(
        "sasl_ssl_refused", exit_code=code, seconds_to_exit=round(time.monotonic() - started, 1)
    )
    log = worker.log_path.read_text()
    assert code == 2, log
    last = [line for line in log.splitlines() if " ERROR " in line][-1]
    assert "authentication failed" in last.lower()
    assert USER in last and "SCRAM-SHA-512" in last
    assert "KAFKA_SASL_PASSWORD" in last  # says what to check
    assert wrong not in log and PASSWORD not in log
