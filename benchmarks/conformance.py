"""Pass rates of `extract` on the conformance suite (../shared/conformance/*.jsonl, see its README).

The cases come from the tests of Recognizers-Text, Duckling, cn2an and JioNLP; in scope are money,
number, percent, date, date_period and duration. A case passes when every expected item is matched by
one fact that overlaps its span (or contains its text) and agrees on value:
  money     value (range: low/high; bound: its stated end) and currency (Duckling `$` is 元, `cent` 分)
  percent   value                 number   a numeric fact of that value, or parse_number(expected text)
  date      year/month/day of start and end; a year the text does not write is not compared
  duration  value and unit (a week is 7 days, a year 12 months)
A negative case passes when no fact of its kind comes out (number: no count; cn2an strict negatives:
parse_number refuses the input). A missed item is set apart, not failed, when we differ on purpose or
it is out of scope (listed in the output, and recognised by the rule table DIFFERENCE_PATTERNS or by a
computed check, never by the case). Rate = pass / (pass + fail); raw = pass / cases. `published` =
reference time.

    python benchmarks/conformance.py [--dir ../shared/conformance] [--file money] [--show-failures N]
"""

from __future__ import annotations

import argparse
import calendar
import json
import logging
import sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import jieba
import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402
from extractors.numerals import parse_number  # noqa: E402

FILES = ("money", "number", "percent", "date", "date_period", "duration")
SOURCES = ("recognizers-text", "duckling", "cn2an", "jionlp")
KINDS = {"money": {"money"}, "percent": {"percent"}, "date": {"date"}, "date_period": {"date"}, "duration": {"duration"}, "number": {"count"}}
NUMERIC = {"money", "count", "percent", "duration"}
ON_PURPOSE = {
    "point": "个百分点 is a percentage point (form `point`); Recognizers-Text resolves it as a plain %",
    "inexact": "a fraction with no exact decimal value (三分之一, 4/3) is refused: every value is an exact Decimal",
    "measure": "打 (dozen), 对/双 (pair) are measure words: 五打 is counted as 5 打, not read as 60",
    "half": "半 alone (一半, 半个, 半百) is a vague share or an idiom (年过半百); 半 is read after a unit (一年半, 六成半)",
    "subunit": "a sub-unit alone (五分, 两毛, 2角): in news 分 is a score or a minute, 角 a corner; 角/毛/分 are read after 元/块",
    "kuai": "块 alone is a measure word as often as a yuan (三块地); it is money with 钱 or a sub-unit (十块三毛, 一块二)",
    "rough": "two neighbouring digits (二三十, 五六百) are a rough range, read with both ends; Recognizers-Text reads nothing",
    "low-end": "in 八到九百亿 the low end takes the magnitude of the high end (800亿, not 8亿)",
    "spaced": "characters spaced apart inside a numeral or a unit word (百 分 之 2, 四点 五): one space is read only "
              "between a number and its unit (10 成); the numeral reader parse_number reads any spacing",
    "no-iso": "not an ISO 4217 currency (比特币)",
    "numeric-order": "a numeric date without a four-digit year first (3/3/2015, 27-7-3, 12/1): day, month and century "
                     "are ambiguous, and 4/5 is as often a fraction; year-first dates (2010-01-29, 2020/1/2) are read",
    "compact": "eight digits (20240307) or digits spaced apart (2022 11 23): codes and identifiers look the same",
    "compound": "a compound duration (两年零三个月, 一年又一个月21天) is read as its parts: a duration has one unit",
    "workday": "working and trading days (5个工作日, 15个交易日) are no calendar span",
    "anniversary": "周年 counts anniversaries (4周年), not a span",
    "quarter": "a span of quarters (五个季度) has no unit in the output contract (day, week, month, year)",
    "month-name": "a count of months is written with 个 (十个月); 十月 is October",
    "half-month": "一个半月 is 1.5 months (unit month); Duckling writes 45 days",
    "short-year": "a two-digit year (08年, 零八年, 18年10月1日) is ambiguous with a span of years, and GB/T 15835 "
                  "forbids the short form: 08年 is read as a duration",
    "bare-year": "a four-digit number without 年 (2018, = 2019) is no year: 294.6亿元 and 2025个 are never dates",
    "hao": "号 alone names a thing as often as a day (1号线, 3号楼); it is read after a month (8月23号); 29日 is read",
    "no-currency": "no currency written (三百万): JioNLP assumes 元, we emit money only with a currency",
    "no-amount": "a currency name alone (人民币, 美元): Recognizers-Text reports it, we report amounts only",
    "zhao": "兆 is not read (1e6, 1e12 or 1e16 depending on the writer; numerals.py)",
    "month-part": "月底/下旬/年底/伊始 narrow a month without changing it (date.toml); JioNLP cuts days out",
}
OUT_OF_SCOPE = {
    "relative": "relative to 'now' below the year (明天, 下周, 上个月, 星期三, 三天前)",
    "holiday": "named days and seasons (国庆节, 春节, 冬至, 复活节, 夏天): no written date to compare",
    "sub-day": "hours, minutes, seconds, times of day (durations are day/week/month/year)",
    "recurring": "recurring sets (每年, 每周): no date",
    "scientific": "scientific notation and powers (2e5, 2^5, -1.1^+23): not written in news",
    "spoken": "Cantonese and spoken money and fractions (七蚊, 個半, 二份一, 萬九, 百二萬, 三五百块)",
    "shorthand": "k and M after a percent or an amount (百分之15K, 10~15k元): not written in news; parse_number reads 40k",
    "lunar": "lunar calendar dates (正月初一, 腊月, 农历八月十五, 大年三十): no Gregorian date without a lunar table",
    "era": "imperial and Republican era years (雍正四年, 民国三年)",
    "early": "years before 1800 (789年, 1789-01-29): no economic news dates there",
    "week-of": "weeks and months counted within a period (3月第三周, 2021年的第一周, 第九个月): no calendar week in the output contract",
    "literary": "literary or vague spans (七载春秋, 大半天)",
}
_DATED = {"date", "date_period", "duration"}
_NUM = "0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點"
ROUGH_RANGE = regex.compile(r"(?<![一二两三四五六七八九〇零])(?:一[二两]|两三|二三|三四|三五|四五|五六|六七|七八|八九)(?![一二两三四五六七八九〇零])")
# Deliberate differences and out-of-scope forms recognised in an expected item's text: (reason, files, pattern).
# The first that matches wins; a reason is used only for an item the engine missed or read otherwise.
DIFFERENCE_PATTERNS = [
    ("scientific", {"number"}, regex.compile(r"\d\s*[eE]\s*[-+－]?\s*\d|\^")),
    ("sub-day", _DATED, regex.compile(r"小时|分钟|秒|钟头|点钟")),
    ("compound", {"duration"}, regex.compile(r"又|[年月天周]零[一二两三四五六七八九十\d]|年[一二两三四五六七八九十\d]+个月|[天日],\s*\d")),
    ("workday", {"duration"}, regex.compile(r"工作日|交易日")),
    ("anniversary", {"duration"}, regex.compile(r"周年")),
    ("quarter", {"duration"}, regex.compile(r"季度")),
    ("month-name", {"duration"}, regex.compile(r"^[\d一二三四五六七八九十]+\s*月$")),
    ("half-month", {"duration"}, regex.compile(r"半月")),
    ("literary", {"duration"}, regex.compile(r"载|春秋|大半")),
    ("spoken", {"money", "number", "duration"}, regex.compile(r"[蚊仙]|[個个][半一二三四五六七八九]|^[個个]|[份]|^[萬万][一二三四五六七八九]|^百[一二三四五六七八九][萬万]|[一二三四五六七八九][一二三四五六七八九][十百千]块")),
    ("measure", {"number"}, regex.compile(rf"[{_NUM}][打對对雙双]")),
    ("half", {"number"}, regex.compile(r"半")),
    ("no-iso", {"money"}, regex.compile(r"比特币|以太币")),
    ("shorthand", {"money", "percent"}, regex.compile(r"\d\s*[kKＫｋMＭ]")),
    ("kuai", {"money"}, regex.compile(r"[块塊](?![钱錢毛角分零一二两三四五六七八九\d])")),
    ("subunit", {"money"}, regex.compile(r"^[^元块塊圆圓$]*[分角毛毫]")),
    ("lunar", _DATED, regex.compile(r"正月|腊月|闰|[农阴]历|大年|(?<![月年])初[一二三四五六七八九十]|廿|除夕|[一二三四五六七八九十]月初[一二三四五六七八九十\d]")),
    ("short-year", _DATED, regex.compile(r"(?<![\d〇零一二三四五六七八九])(?:\d{2}|[〇零一二三四五六七八九]{2})\s*年(?!代)")),
    ("bare-year", _DATED, regex.compile(r"^[^年]*?(?<!\d)\d{4}(?!\d)[^年月日]*$")),
    ("early", _DATED, regex.compile(r"(?<!\d)(?:\d{3}|1[0-7]\d\d)(?:年|-\d)")),
    ("week-of", _DATED, regex.compile(r"第[\d一二三四五六七八九十]+(?:个)?(?:周|週|礼拜|星期|月)")),
    ("era", _DATED, regex.compile(r"民国|神龙|雍正|康熙|乾隆|嘉庆|道光|光绪|宣统|贞观|开元|永乐|嘉靖|万历|洪武")),
    ("numeric-order", _DATED, regex.compile(r"(?<![\d.])\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}|(?<![\d/])\d{1,2}/\d{1,2}(?![/\d])")),
    ("compact", _DATED, regex.compile(r"(?<!\d)\d{8}(?!\d)|\d{4} \d{2} \d{2}")),
    ("hao", _DATED, regex.compile(r"^(?!.*[月]).*(?:\d|[一二三四五六七八九十])号")),
    ("spaced", {"percent", "money"}, regex.compile(rf"[{_NUM}成]\s+[{_NUM}]|[百分之個个]\s+[百分之點点]|\s{{2,}}")),
]
N = "[一二两兩俩倆三四五六七八九十半几幾0-9０-９]"
W = "(?:周|週|星期|礼拜|禮拜)"
RELATIVE = regex.compile(
    rf"[今明昨前后後]天|大[前后後]天|[今明昨][日早晚]|当[天日]|[次翌]日|[上下本这這今当][个個]?(?:{W}|月|季度)|{W}[一二三四五六日天末]"
    rf"|周末|過去|过去|未來|未来|最近|近期|现在|現在|目前|刚刚|马上|以来|近{N}|再过|[上下前后後这這][一二两兩三四五六七八九十\d]+[个個]?(?:{W}|月|年|天|日)"
    rf"|(?<![月\d一二三四五六七八九十])(?!\d{{4}}){N}+[个個]?(?:交易日|工作日|天|日|{W}|月|年)半?(?:以|之)?[前后後起]")
HOLIDAY = regex.compile(r"[节節]|[斋齋]|[暑寒]假|(?<![\d０-９一二两兩三四五六七八九十廿卅半号號初易作])日$|除夕|元旦|国庆|國慶|三一五|圣诞|聖誕|[春夏秋冬][天季]|年春|新年|新春|中秋|端午|双十一|平安夜|元宵|之夜|瞻礼|正月正|^[五十]一$"
                        r"|立春|雨水|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|[小大]暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|[小大]雪|冬至|[小大]寒")
MONTH_PART = regex.compile(r"[底末]|初(?![一二三四五六七八九十])|[上中下]旬|伊始")
SUB_DAY = regex.compile(r"T|hour|minute|second")
CURRENCY = regex.compile(r"[元块塊圆圓毛毫角分仙钱錢币幣镑鎊郎铢銖蚊個盾$¥￥€£]|美金|美刀|卢布|卢比|比索|[奈里]拉|兰特|克朗|RMB|USD", regex.I)
NUMERAL = regex.compile(r"[\d０-９零〇一二两兩三四五六七八九十百千万亿萬億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟半廿卅]")
DAYS, MONTHS = {"D": 1, "W": 7, "day": 1, "week": 7}, {"M": 1, "Y": 12, "month": 1, "year": 12}


def same(values, expected) -> bool:
    """Whether one of `values` is `expected` (a float expected value may have lost digits past 1e-12)."""
    exp = Decimal(str(expected))
    return any(v == exp or abs(v - exp) <= abs(exp) * Decimal("1e-12") for v in values if v is not None)


def numbers(f, fraction: bool = False):
    """value, low, high; with `fraction`, percent facts also as fractions (千分之一 is 0.001)."""
    values = [getattr(f, k, None) for k in ("value", "low", "high")]
    return values + [v / 100 for v in values if v is not None] if fraction and f.kind == "percent" else values


def numeric_ok(item, f, cat: str):
    """money: value and currency; percent: value (个百分点 differs on purpose); number: any numeric fact."""
    cur, exp = item["unit_or_currency"], item["value"]
    if cat != "money":
        ok = f.kind in (NUMERIC if cat == "number" else {"percent"}) and (exp is None or same(numbers(f, cat == "number"), exp))
        return None if not ok else "point" if cat == "percent" and f.form == "point" else "pass"
    scale = 100 if cur == "cent" else 1
    if cur and not regex.fullmatch("[A-Z]{3}", cur):  # Duckling $ / cent, Recognizers-Text Dollar
        cur = "USD" if regex.search(r"\$|美", item["text"]) else "CNY"
    if f.kind != "money" or (cur and f.currency != cur):
        return None
    cents = Decimal("0.01") if "num" in item["extra"] else None  # JioNLP writes amounts with two decimals
    ours = [(v * scale).quantize(cents) if cents and v is not None else v and v * scale for v in numbers(f)]
    if isinstance(exp, dict):
        ends = [exp.get("from"), exp.get("to")]
        if f.low is not None:
            if all(e is None or same([o], e) for e, o in zip(ends, ours[1:])):
                return "pass"
            return "low-end" if ends[1] is not None and same([ours[2]], ends[1]) and ends[0] and ours[1] % ends[0] == 0 else None
        return "pass" if any(e is not None and same(ours[:1], e) for e in ends) else None
    return "pass" if exp is None or same(ours, exp) else None


def duration_ends(value):
    """An expected duration as [(amount, "d" | "m")] (two ends for a range), or None if not comparable."""
    if isinstance(value, list):
        ends = [duration_ends(v) for v in value if not (v.get("zero") or v.get("infinite"))]
        return [e[0] for e in ends] if ends and all(ends) else None
    if isinstance(value, dict):
        parts = list(value.items())
    else:
        m = regex.fullmatch(r"P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?", value)
        parts = [(u, v) for u, v in zip("YMWD", m.groups()) if v] if m else []
    days = [Decimal(str(v)) * DAYS[u] for u, v in parts if u in DAYS]
    months = [Decimal(str(v)) * MONTHS[u] for u, v in parts if u in MONTHS]
    if not parts or len(days) + len(months) != len(parts) or (days and months):
        return None
    return [(sum(days), "d")] if days else [(sum(months), "m")]


def duration_ok(item, f):
    if f.kind != "duration":
        return None
    factor, unit = (DAYS[f.unit], "d") if f.unit in DAYS else (MONTHS[f.unit], "m")
    ends = duration_ends(item["value"]) if item["value"] is not None else []
    ours = [v * factor for v in numbers(f) if v is not None]
    return "pass" if ends is not None and all(u == unit and same(ours, a) for a, u in ends) else None


def timex_point(text: str):
    """(year, month, day, iso_week) of a TIMEX point; None where it is not written."""
    m = regex.fullmatch(r"(\d{4}|XXXX)(?:-(\d\d|XX))?(?:-(\d\d))?|(\d{4})-W(\d\d)", text)
    if not m:
        return None
    y, mo, d, wy, w = (int(g) if g and g.isdigit() else None for g in m.groups())
    return (wy, None, None, w) if w else (y, mo, d, None)


def day_of(p, year: int, last: bool) -> date:
    """The first (or last) day of a partial date; `year` stands in for an unwritten year."""
    y, m, d, w = p
    y = y or year
    if w:
        return date.fromisocalendar(y, w, 7 if last else 1)
    m = m or (12 if last else 1)
    return date(y, m, d or (calendar.monthrange(y, m)[1] if last else 1))


def expected_periods(value, case):
    """[(start, end, mode)] per alternative: the end is inclusive (JioNLP, points), exclusive (Duckling), or
    for Recognizers-Text exclusive (上半年) or written (1995-1997年 ends 1997-01-01, where 1997 starts)."""
    if isinstance(value, list):
        return [p for v in value for p in expected_periods(v, case)]
    if isinstance(value, dict):  # JioNLP: inclusive; an open end is -inf/inf or "now"
        now = (case["meta"].get("reference_time") or "")[:10] or None
        ends = [str(value.get(k, "")) for k in ("start", "end")]
        ends = [None if "inf" in v or (now and v.startswith(now)) else timex_point(v[:10]) for v in ends]
        return [] if ends == [None, None] else [(*ends, "inclusive")]
    m = regex.fullmatch(r"\(([^,]+),([^,]+),[^)]+\)", value)
    points = [timex_point(v.split("T")[0]) for v in (m.groups() if m else (value, value))]
    modes = ["inclusive"] if not m else ["written", "exclusive"] if case["source"] == "recognizers-text" else ["exclusive"]
    return [] if None in points else [(*points, mode) for mode in modes]


def end_days(exp, mine, last: bool, mode: str):
    """The expected day and ours at the start (or end) of a period; tuples when there is no such day."""
    year = mine[0] or exp[0] or 2000
    try:
        if last and mode == "exclusive":
            return day_of(exp, year, False) - timedelta(days=1), day_of(mine, exp[0] or year, True)
        last = last and mode != "written"
        return day_of(exp, year, last), day_of(mine, exp[0] or year, last)
    except ValueError:
        return (exp[0] or year, exp[1], exp[2]), (mine[0] or exp[0] or year, mine[1], mine[2])


def date_ok(item, f, case):
    if f.kind != "date" or item["value"] is None:
        return None if f.kind != "date" else "pass"
    if f.relative_year is not None and f.resolved:
        ours = [(d.year, d.month, d.day, None) for d in (f.resolved.start, f.resolved.end)]
    elif f.period:
        ours = [(p.year or f.year, p.month, p.day, None) for p in (f.period.start, f.period.end)]
    else:
        ours = [(f.year, f.month, f.day, None)] * 2
    s, e = item["span"] or (0, len(case["input"]))
    part = MONTH_PART.search(item["text"]) and f.start <= s and f.end >= e
    for start, end, mode in expected_periods(item["value"], case):
        days = [end_days(x, m, last, mode) if x else None for x, m, last in zip((start, end), ours, (False, True))]
        if all(d is None or d[0] == d[1] for d in days):
            return "pass"
        if part and all(d is None or isinstance(d[0], date) for d in days):  # whole months: one within the other
            (es, os_), (ee, oe) = [[x and x.replace(day=1) for x in d or (None, None)] for d in days]
            if any(all(e is None or (o >= e if low else o <= e) for e, o, low in ((es, os_, inner), (ee, oe, not inner)))
                   for inner in (True, False)):
                return "month-part"
    return None


def set_apart(cat: str, item) -> str:
    """Why a missed item is not a failure, or "fail"."""
    text, value = item["text"], json.dumps(item["value"])
    dated = cat in ("date", "date_period", "duration")
    patterns = [(reason, pattern.search(text)) for reason, files, pattern in DIFFERENCE_PATTERNS if cat in files]
    inexact = cat in ("number", "percent") and regex.search(r"分\s*之|/|／", text) and reads_as(text) is None
    checks = [*patterns, ("inexact", inexact), ("zhao", "兆" in text), ("no-amount", cat == "money" and not NUMERAL.search(text)),
              ("no-currency", cat == "money" and not CURRENCY.search(text)), ("relative", dated and RELATIVE.search(text)),
              ("holiday", dated and HOLIDAY.search(text)), ("sub-day", dated and SUB_DAY.search(value)),
              ("recurring", cat != "duration" and value.startswith('"P'))]
    return next((reason for reason, hit in checks if hit), "fail")


def judge(case, facts) -> str:
    """pass, fail, or the reason of ON_PURPOSE / OUT_OF_SCOPE that sets the case apart."""
    cat, text = case["category"], case["input"]
    if not case["expected"]:
        if cat == "number" and case["meta"].get("match") == "full":
            return "pass" if reads_as(text) is None else "fail"
        extra = [f for f in facts if f.kind in KINDS[cat]]
        if extra and all(ROUGH_RANGE.search(f.text) for f in extra):
            return "rough"
        return "fail" if extra else "pass"
    check = {"duration": duration_ok, "date": lambda i, f: date_ok(i, f, case)}.get(
        cat.replace("_period", ""), lambda i, f: numeric_ok(i, f, cat))
    verdicts = []
    for item in case["expected"]:
        s, e = item["span"] or (0, len(text))
        found = {check(item, f) for f in facts if (f.start < e and s < f.end) or item["text"] in f.text} - {None}
        if cat == "number" and item["value"] is not None and same([reads_as(item["text"])], item["value"]):
            found.add("pass")
        verdicts.append("pass" if "pass" in found else min(found) if found else set_apart(cat, item))
    return "fail" if "fail" in verdicts else next((v for v in verdicts if v != "pass"), "pass")


def reads_as(text: str):
    try:
        return parse_number(text)
    except (ValueError, ArithmeticError):  # NumberError is a ValueError
        return None


def describe(facts) -> str:
    skip = {"id", "start", "end", "sentence", "kind", "text", "resolved"}
    return "; ".join(f"{f.kind}:{f.text} " + " ".join(f"{k}={v}" for k, v in f.model_dump(exclude_none=True, exclude=skip).items()
                                                     if v != "=") for f in facts) or "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=ROOT.parent / "shared" / "conformance")
    parser.add_argument("--file", action="append", choices=FILES, help="only this file (repeatable)")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N", help="print N failing cases per file")
    args = parser.parse_args()
    jieba.setLogLevel(logging.WARNING)
    names = tuple(args.file or FILES)
    table, reasons, failures = Counter(), Counter(), {}
    for name in names:
        for line in (args.dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            reference = (case["meta"].get("reference_time") or "")[:10]
            facts = extract(case["input"], published=date.fromisoformat(reference) if reference else None).facts
            verdict = judge(case, facts)
            column = verdict if verdict in ("pass", "fail") else "differs" if verdict in ON_PURPOSE else "out"
            for key in ((name, case["source"]), (name, "all"), ("all", case["source"]), ("all", "all")):
                table[(*key, column)] += 1
            reasons[verdict] += 1
            if verdict == "fail":
                failures.setdefault(name, []).append((case, facts))
    print("rate = pass / (pass + fail), differences and out-of-scope cases set apart; raw = pass / cases")
    print(f"{'file':<12} {'source':<17} {'cases':>6} {'pass':>6} {'fail':>6} {'differs':>8} {'out':>5} {'rate':>7} {'raw':>7}")
    for name in (*names, "all"):
        for source, n in [(s, [table[(name, s, c)] for c in ("pass", "fail", "differs", "out")]) for s in (*SOURCES, "all")]:
            if sum(n):
                print(f"{name:<12} {source:<17} {sum(n):>6} {n[0]:>6} {n[1]:>6} {n[2]:>8} {n[3]:>5} {n[0] / max(1, n[0] + n[1]):>7.1%} {n[0] / sum(n):>7.1%}")
        print()
    for title, reasons_ in (("Differs on purpose (column 'differs')", ON_PURPOSE), ("Out of scope (column 'out')", OUT_OF_SCOPE)):
        print(title + ":\n" + "\n".join(f"  {key:<12} {reasons[key]:>4}  {text}" for key, text in reasons_.items()))
    for name, cases in failures.items() if args.show_failures else ():
        print(f"\n== {name}: {min(args.show_failures, len(cases))} of {len(cases)} failures")
        for case, facts in cases[: args.show_failures]:
            exp = "; ".join(f"{i['text']}={json.dumps(i['value'], ensure_ascii=False)} {i['unit_or_currency'] or ''}".rstrip()
                            for i in case["expected"]) or "nothing"
            print(f"  [{case['id']}] {case['input']!r}\n     expected:  {exp}\n     extracted: {describe(facts)}")


if __name__ == "__main__":
    main()
