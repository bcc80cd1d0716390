"""Settings from the environment."""

from __future__ import annotations

import pytest

from consumer.config import ENVIRONMENT, Settings
from consumer.errors import ConfigError


def test_defaults_match_the_documented_ones():
    settings = Settings.from_env({})
    assert settings.bootstrap_servers == "localhost:9092"
    assert settings.input_topic == "articles.raw"
    assert settings.output_topic == "quotes.extracted"
    assert settings.dlq_topic == "articles.dlq"
    assert settings.group_id == "quote-consumer"
    assert settings.metrics_port == 9108


def test_environment_is_converted_to_types():
    settings = Settings.from_env(
        {
            "QUOTES_BATCH_SIZE": "50",
            "QUOTES_COMMIT_INTERVAL_S": "0.25",
            "QUOTES_CREATE_TOPICS": "no",
        }
    )
    assert settings.batch_size == 50
    assert settings.commit_interval_s == 0.25
    assert settings.create_topics is False


def test_secret_can_come_from_a_file(tmp_path):
    secret = tmp_path / "password"
    secret.write_text("s3cret\n")
    settings = Settings.from_env(
        {
            "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "KAFKA_SASL_USERNAME": "quotes",
            "KAFKA_SASL_PASSWORD_FILE": str(secret),
        }
    )
    assert settings.sasl_password == "s3cret"
    assert "s3cret" not in repr(settings)
    assert settings.kafka_security()["sasl_plain_password"] == "s3cret"


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"QUOTES_BATCH_SIZE": "many"}, "QUOTES_BATCH_SIZE"),
        ({"QUOTES_BATCH_SIZE": "0"}, "batch_size"),
        ({"QUOTES_CREATE_TOPICS": "perhaps"}, "QUOTES_CREATE_TOPICS"),
        ({"KAFKA_SECURITY_PROTOCOL": "TLS"}, "KAFKA_SECURITY_PROTOCOL"),
        ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL"}, "KAFKA_SASL_MECHANISM"),
        ({"QUOTES_OUTPUT_TOPIC": "articles.raw"}, "three different topics"),
        ({"KAFKA_SASL_PASSWORD_FILE": "/nonexistent/secret"}, "cannot read"),
    ],
)
def test_bad_settings_name_the_variable(env, says):
    with pytest.raises(ConfigError, match=says):
        Settings.from_env(env)


def test_every_variable_maps_to_a_setting():
    attributes = set(Settings.__dataclass_fields__)
    assert set(ENVIRONMENT.values()) <= attributes


def test_the_ner_model_is_off_by_default_and_can_be_turned_on():
    assert Settings.from_env({}).ner_model is False
    assert Settings.from_env({"QUOTES_NER_MODEL": "true"}).ner_model is True


def test_the_antecedent_ranker_is_off_by_default_and_can_be_turned_on():
    assert Settings.from_env({}).antecedent_ranker is False
    assert Settings.from_env({"QUOTES_ANTECEDENT_RANKER": "true"}).antecedent_ranker is True


def test_manifests_are_off_unless_a_topic_is_named():
    assert Settings.from_env({}).manifest_topic is None
    assert Settings.from_env({"QUOTES_MANIFEST_TOPIC": ""}).manifest_topic is None
    named = Settings.from_env({"QUOTES_MANIFEST_TOPIC": "quotes.manifests"})
    assert named.manifest_topic == "quotes.manifests"


def test_the_manifest_topic_must_be_a_topic_of_its_own():
    with pytest.raises(ConfigError, match="QUOTES_MANIFEST_TOPIC"):
        Settings.from_env({"QUOTES_MANIFEST_TOPIC": "quotes.extracted"})


def test_metrics_sources_are_a_bounded_comma_separated_list():
    settings = Settings.from_env(
        {"QUOTES_METRICS_SOURCES": " दैनिक उजाला, khabar.example,,khabar.example"}
    )
    assert settings.metrics_sources == ("दैनिक उजाला", "khabar.example")
    too_many = ",".join(f"source{i}.example" for i in range(51))
    with pytest.raises(ConfigError, match="at most 50"):
        Settings.from_env({"QUOTES_METRICS_SOURCES": too_many})
    with pytest.raises(ConfigError, match="'other'"):
        Settings.from_env({"QUOTES_METRICS_SOURCES": "a.example,other"})
