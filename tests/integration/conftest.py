"""The broker fixtures live in tests/kafka_harness.py (shared with tests/faults)."""
