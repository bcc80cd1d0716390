# Hindi quote consumer. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=
SOAK_MINUTES ?= 60

.PHONY: help install system-deps deploy-tools deploy-generate test test-unit test-faults test-cluster test-network soak toxiproxy lint eval keys bench bench-keys train train-ner train-antecedents train-confidence run broker broker-stop cluster cluster-stop clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  make %-18s %s\n", $$1, $$2}'

install: $(STAMP) ## Create .venv with the package and its test tools
$(STAMP): pyproject.toml
	@scripts/ensure-system-deps.sh python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

system-deps: ## Install Java 17 and Maven with apt-get if missing (needed by the local broker)
	@scripts/ensure-system-deps.sh kafka

deploy-tools: install ## Prometheus/promtool (apt-get), kustomize, kubernetes-validate and CRD schemas (into .cache/deploy)
	@scripts/ensure-system-deps.sh prometheus
	@scripts/ensure-deploy-tools.sh

deploy-generate: deploy-tools ## Regenerate the PrometheusRule from deploy/prometheus/quote-consumer.rules.yaml
	$(BIN)/python scripts/prometheusrule.py

test: install system-deps deploy-tools ## Run every test: unit, contract, deploy, integration and fault tests against a real broker
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-unit: install ## Run the tests that need no broker
	$(BIN)/python -m pytest tests/unit tests/contract $(PYTEST_ARGS)

test-faults: install system-deps ## Only the fault tests (kills, broker restart, rebalance, hostile input, SASL_SSL); part of make test
	$(BIN)/python -m pytest tests/faults $(PYTEST_ARGS)

test-cluster: install system-deps ## Cluster fault tests run by CI: 3-node KRaft cluster, leader loss under load in both guarantees (~8 min)
	$(BIN)/python -m pytest -m cluster tests/cluster/test_leader_loss.py --basetemp=.cache/pytest-cluster $(PYTEST_ARGS)

test-network: install system-deps toxiproxy ## Network faults through Toxiproxy on the cluster, both guarantees (~11 min; QUOTES_NETWORK_GUARANTEES=at_least_once for one); run by CI
	$(BIN)/python -m pytest -m cluster tests/cluster/test_network.py --basetemp=.cache/pytest-network $(PYTEST_ARGS)

soak: install system-deps ## Soak run on the 3-node cluster at half saturation, SOAK_MINUTES (60) long; not part of make test
	SOAK_MINUTES=$(SOAK_MINUTES) $(BIN)/python -m tests.soak

toxiproxy: ## Build Toxiproxy's server from its Go module into .cache/toxiproxy (for make test-cluster)
	@scripts/ensure-toxiproxy.sh >/dev/null

lint: install ## ruff and mypy --strict on the package and the benchmark
	$(BIN)/ruff check consumer tests bench
	$(BIN)/mypy

eval: install ## Both test parts: rules / rules + NER / rules + ranker / confidence filter, calibration (ECE, reliability table, docs/reliability-*.png), NER F1
	$(BIN)/quote-consumer eval --diagram docs/reliability-test.png $(EVAL_ARGS)
	$(BIN)/quote-consumer eval --part corpus/test2.jsonl --no-ner --diagram docs/reliability-test2.png $(EVAL_ARGS)

keys: install ## Quotation and speaker keys on the variant pairs of corpus/variants (dev and held-out parts)
	$(BIN)/python -m consumer.evaluation.keys

bench: install system-deps ## Throughput, latency, memory and start-up (a few minutes); writes docs/benchmarks.md
	$(BIN)/python -m bench $(BENCH_ARGS)

bench-keys: install ## What the record keys cost: µs per record (names seen, new, all new) and share of article processing
	$(BIN)/python -m bench.keys $(BENCH_ARGS)

train: train-ner train-antecedents train-confidence ## Train every model: the NER, the antecedent ranker, then the confidence (which describes the extractor as shipped)

train-ner: install ## Train the Hindi NER model from ../shared/data/hiner into consumer/models/hi_ner
	$(BIN)/python -m consumer.training.ner $(TRAIN_ARGS)

train-antecedents: install ## Retrain the antecedent ranker for pronoun speakers on the dev parts (seconds, deterministic)
	$(BIN)/python -m consumer.training.antecedents

train-confidence: install ## Retrain the calibrated confidence on the dev parts (seconds, deterministic); run after any rule change
	$(BIN)/python -m consumer.training.confidence

run: install system-deps ## Start a local broker (unless KAFKA_BOOTSTRAP_SERVERS is set), the service, and the demo feed
	@scripts/run-local.sh

broker: system-deps ## Start a local single-node Kafka 4 broker (KRaft) and wait until it is ready
	@deploy/kafka/broker.sh start

broker-stop: ## Stop the local broker and remove its data
	@deploy/kafka/broker.sh stop

cluster: system-deps ## Start a local 3-node Kafka cluster (KRaft, RF 3, min ISR 2) on 19092/19102/19112
	@deploy/kafka/cluster.sh start

cluster-stop: ## Stop the local 3-node cluster and remove its data
	@deploy/kafka/cluster.sh stop

clean: broker-stop cluster-stop ## Remove the virtual environment and caches (keeps Maven's ~/.m2)
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
