"""Rewrite schemas/article.schema.json from the models: `python -m schemas`."""

import json
from pathlib import Path

from schemas import json_schema

path = Path(__file__).with_name("article.schema.json")
path.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {path}")
