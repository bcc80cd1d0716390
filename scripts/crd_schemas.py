"""Turn CustomResourceDefinition YAMLs into JSON Schemas that reject what the API server would.

One file per served version, ``<out>/<group>/<kind>_<version>.json`` (lower-case kind), the
layout kubeconform uses. The OpenAPI v3 schema of each version is kept as written, with the
conversions the API server's own structural schemas imply:

- ``apiVersion`` and ``kind`` must equal the CRD's group/version and kind;
- an object with ``properties`` accepts no other field unless it says so
  (``additionalProperties`` or ``x-kubernetes-preserve-unknown-fields``): the API server
  prunes unknown fields silently, so a typo would otherwise pass unnoticed;
- ``x-kubernetes-int-or-string`` accepts an integer or a string; ``nullable`` accepts null.

Usage: python scripts/crd_schemas.py --out DIR CRD.yaml...
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

DRAFT = "http://json-schema.org/draft-04/schema#"  # OpenAPI 3.0 schemas are draft 4 in spirit


def strict(schema: Any) -> Any:
    """A copy of an OpenAPI v3 schema with the structural rules above applied throughout."""
    if isinstance(schema, list):
        return [strict(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: strict(value) for key, value in schema.items()}
    if out.pop("x-kubernetes-int-or-string", False):
        out.pop("type", None)
        out.setdefault("anyOf", [{"type": "integer"}, {"type": "string"}])
    if out.pop("nullable", False) and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    preserve = out.get("x-kubernetes-preserve-unknown-fields", False)
    if "properties" in out and "additionalProperties" not in out and not preserve:
        out["additionalProperties"] = False
    return out


def schemas(crd: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{version: JSON Schema}`` for each served version of one CRD."""
    group = crd["spec"]["group"]
    kind = crd["spec"]["names"]["kind"]
    found = {}
    for version in crd["spec"]["versions"]:
        if not version.get("served", True):
            continue
        schema = strict(version["schema"]["openAPIV3Schema"])
        properties = schema.setdefault("properties", {})
        properties["apiVersion"] = {"type": "string", "enum": [f"{group}/{version['name']}"]}
        properties["kind"] = {"type": "string", "enum": [kind]}
        schema["required"] = sorted({*schema.get("required", []), "apiVersion", "kind"})
        found[version["name"]] = {"$schema": DRAFT, **schema}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("crds", type=Path, nargs="+")
    args = parser.parse_args()
    for path in args.crds:
        for crd in yaml.safe_load_all(path.read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group = crd["spec"]["group"]
            kind = crd["spec"]["names"]["kind"].lower()
            for version, schema in schemas(crd).items():
                target = args.out / group / f"{kind}_{version}.json"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(schema, indent=1, sort_keys=True))
                print(f"{target}: {crd['spec']['names']['kind']} {group}/{version}")


if __name__ == "__main__":
    main()
