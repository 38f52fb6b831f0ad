"""The command line end to end, on real files in a temporary folder."""

import json
import sqlite3
import subprocess
import sys

from zhfacts.cli import main

ARTICLE = "2022年11月20日，1月—10月，杭州实际利用外资68.15亿美元，同比增长7.28%。今年6月，项目签约18个。"


def test_extract_txt_folder_into_json_and_sqlite(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "gbk.txt").write_bytes("投资5亿元".encode("gb18030"))
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out), "--published", "2022-11-20", "--workers", "1"]) == 0
    data = json.loads((out / "a1.json").read_text(encoding="utf-8"))
    money = [f for f in data["facts"] if f["kind"] == "money"]
    assert money[0]["value"] == 6815000000 and money[0]["currency"] == "USD"
    dated = [f for f in data["facts"] if f["text"] == "今年6月"][0]
    assert dated["resolved"] == {"start": "2022-06-01", "end": "2022-06-30"}
    with sqlite3.connect(out / "facts.sqlite") as db:
        assert db.execute("select count(*) from articles").fetchone()[0] == 2
        assert db.execute("select value from facts where article_id='gbk'").fetchone()[0] == "500000000"


def test_jsonl_archive_with_unsafe_ids_and_bad_lines(tmp_path):
    archive = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "../../escape", "title": "t", "text": ARTICLE, "published": "2022-11-20"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "empty", "text": "  "}),
    ]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(archive), "--out", str(out), "--workers", "1"]) == 1
    written = sorted(p.name for p in out.iterdir())
    assert "..%2F..%2Fescape.json" in written
    assert not (tmp_path / "escape.json").exists()
    with sqlite3.connect(out / "facts.sqlite") as db:
        reasons = dict(db.execute("select position, reason from errors"))
    assert any("malformed JSON" in r for r in reasons.values())
    assert any("empty text" in r for r in reasons.values())
    assert main(["extract", str(archive), "--out", str(out), "--workers", "1", "--allow-errors"]) == 0


def test_rerun_skips_loaded_articles_and_keeps_rows(tmp_path):
    archive = tmp_path / "news.jsonl"
    archive.write_text(
        "\n".join(json.dumps({"id": f"n{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(6)) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    main(["extract", str(archive), "--out", str(out), "--workers", "2"])
    with sqlite3.connect(out / "facts.sqlite") as db:
        first = db.execute("select * from facts order by article_id, fact_id").fetchall()
    main(["extract", str(archive), "--out", str(out), "--workers", "2"])
    with sqlite3.connect(out / "facts.sqlite") as db:
        assert db.execute("select * from facts order by article_id, fact_id").fetchall() == first
        assert db.execute("select sum(skipped) from runs").fetchone()[0] == 6


def test_console_command_runs_and_evaluates(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (tmp_path / "x.txt").write_text("实际利用外资68.15亿美元。", encoding="utf-8")
    (gold / "x.json").write_text(
        json.dumps({"article": "x.txt", "required": [{"kind": "money", "text": "68.15亿美元", "value": 6815000000, "currency": "USD"}]}),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "zhfacts.cli", "eval", "--gold", str(gold), "--articles", str(tmp_path)],
        capture_output=True, text=True, check=True,
    )
    money_row = next(line for line in done.stdout.splitlines() if line.startswith("money"))
    assert money_row.split()[1:3] == ["1", "1"]


def test_eval_reads_relation_figures_written_with_their_occurrence(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (tmp_path / "x.txt").write_text("签约项目52个。实际利用外资68.15亿美元，同比增长7.28%，增速为7.28%。", encoding="utf-8")
    relation = {"value_text": "68.15亿美元", "metric": "实际利用外资", "growth_text": {"text": "7.28%", "occurrence": 1}}
    (gold / "x.json").write_text(json.dumps({"article": "x.txt", "required": [], "relations": [relation]}), encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--articles", str(tmp_path)]) == 0
