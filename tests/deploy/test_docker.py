"""deploy/docker/Dockerfile: hadolint passes, and the image agrees with the Deployment.

The image is not built here (no container registry on the test machines); see
docs/operations.md.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.deploy.tools import INSTALL_HINT, ROOT, kustomize_build

DOCKERFILE = ROOT / "deploy/docker/Dockerfile"
HADOLINT = ROOT / ".venv/bin/hadolint"


def test_hadolint_finds_nothing():
    if not HADOLINT.exists():
        pytest.fail(f"hadolint is not installed: {INSTALL_HINT}")
    linted = subprocess.run(
        [str(HADOLINT), "--failure-threshold", "info", str(DOCKERFILE)],
        capture_output=True,
        text=True,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr


def test_image_is_multi_stage_pinned_and_non_root():
    text = DOCKERFILE.read_text()
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", text, re.M)
    assert base and re.fullmatch(r"python:3\.\d+\.\d+-slim-\w+", base.group(1)), "pin the base"
    assert len(re.findall(r"^FROM ", text, re.M)) == 2
    assert "COPY --from=build /opt/quote-consumer" in text
    users = re.findall(r"^USER (\d+):(\d+)$", text, re.M)
    assert users, "the runtime stage must name a numeric non-root user"
    pod = kustomize_build("production")
    (deployment,) = [r for r in pod if r["kind"] == "Deployment"]
    context = deployment["spec"]["template"]["spec"]["securityContext"]
    assert users[-1] == (str(context["runAsUser"]), str(context["runAsGroup"]))
    assert users[-1][0] != "0"


def test_image_starts_the_worker_with_the_model_inside():
    text = DOCKERFILE.read_text()
    assert 'ENTRYPOINT ["quote-consumer"]' in text
    assert 'CMD ["run"]' in text
    assert "QuoteExtractor.with_model()" in text  # the build fails if the model does not load
    ignored = (ROOT / ".dockerignore").read_text()
    for needed in ("consumer/", "schemas/", "examples/", "pyproject.toml", "README.md"):
        assert f"!{needed}" in ignored
    assert (ROOT / "consumer/models/hi_ner").is_dir()
