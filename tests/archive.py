"""Synthetic news archives for the batch tests: small articles written from templates, with figures of
every kind, and helpers that read a database back table by table for comparisons."""

from __future__ import annotations

import json
import random
from pathlib import Path

from sqlalchemy import create_engine, inspect, select

from zhfacts.database import ARTICLE_TABLES, errors

CITIES = ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"]
METRICS = ["实际利用外资", "固定资产投资", "进出口总额", "社会消费品零售总额", "规模以上工业增加值"]
TEMPLATES = [
    "{year}年1月—{month}月,{city}{metric}{amount}亿元,同比增长{rate}%,占全省比重{share}%。",
    "{city}今年签约项目{count}个,总投资{amount}亿美元,其中{project}计划{years}年内建成投产。",
    "{month}月份,{city}{metric}达{amount}亿元,比上年下降{rate}%;前三季度新设外资企业{count}家。",
    "据{city}统计局消息,{year}年{metric}约{amount}万元,增速回落{points}个百分点,完成年度目标的{share}%。",
]


def article(number: int, rng: random.Random) -> dict:
    """One small synthetic article with its id, title, text, published date and source."""
    city = rng.choice(CITIES)
    text = "".join(
        rng.choice(TEMPLATES).format(
            year=rng.randint(2019, 2024),
            month=rng.randint(2, 12),
            city=city,
            metric=rng.choice(METRICS),
            amount=f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}",
            rate=f"{rng.randint(0, 40)}.{rng.randint(0, 9)}",
            share=f"{rng.randint(1, 60)}.{rng.randint(0, 99):02d}",
            count=rng.randint(2, 300),
            project=f"{city}{rng.choice(['新能源汽车', '数字经济', '生物医药'])}产业园",
            years=rng.randint(2, 5),
            points=f"{rng.randint(0, 9)}.{rng.randint(0, 9)}",
        )
        for _ in range(rng.randint(1, 4))
    )
    return {
        "id": f"news-{number:05d}",
        "title": f"{city}经济运行情况",
        "text": text,
        "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "source": "synthetic",
    }


def write_archive(path: Path, n: int, seed: int = 5) -> list[dict]:
    """A JSON Lines archive of `n` synthetic articles; returns them."""
    rng = random.Random(seed)
    records = [article(i, rng) for i in range(n)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


VOLATILE = {"loaded_at", "run_id"}  # when a row was written, and by which run: differ between runs


def dump(url: str, schema: str | None = None) -> dict[str, list[tuple]]:
    """Every row of the article tables and of errors, sorted, without the columns that say when."""
    engine = create_engine(url)
    if schema:
        engine = engine.execution_options(schema_translate_map={None: schema})
    tables = {}
    with engine.connect() as connection:
        for table in (*ARTICLE_TABLES, errors):
            columns = [c for c in table.c if c.name not in VOLATILE]
            rows = connection.execute(select(*columns)).all()
            tables[table.name] = sorted((tuple(_plain(v) for v in row) for row in rows), key=repr)
    engine.dispose()
    return tables


def counts(url: str, schema: str | None = None) -> dict[str, int]:
    engine = create_engine(url)
    if schema:
        engine = engine.execution_options(schema_translate_map={None: schema})
    with engine.connect() as connection:
        names = inspect(connection).get_table_names(schema=schema)
        result = {name: connection.exec_driver_sql(f"select count(*) from {_qualified(engine, schema, name)}").scalar() for name in names}
    engine.dispose()
    return result


def _qualified(engine, schema: str | None, name: str) -> str:
    quote = engine.dialect.identifier_preparer.quote
    return f"{quote(schema)}.{quote(name)}" if schema else quote(name)


def _plain(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False) if isinstance(value, (dict, list)) else value
