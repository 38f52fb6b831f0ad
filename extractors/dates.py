"""Dates and periods: 2024年10月21日, 3月13日, 2023年1—6月, 1至9月, 前三季度, 上半年, 今年6月,
去年底, 今年以来, 去年同期, 2025年, 二〇二五年, 2021—2025年.

A point carries year, month and day as written; a period carries `period` {start, end}; a relative
year (今年 0, 明年 1, 去年 -1) is kept as `relative_year`. With a publication date, `resolved` gives the
ISO start and end dates; without one, nothing is guessed. A year needs 年 after four digits, so
294.6亿元 and 2025个 are never dates. Rule table: `rules/date.toml`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache, lru_cache

from extractors.document import Candidate, Document
from extractors.numerals import NumberError, parse_number
from extractors.rulebook import alternation, rules

_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_TO = r"\s*(?:至|到|-|—{1,2}|―|–|~|－)\s*"
# After a day written alone, words in which 日 is no day: 日均, 日内, 日元, 日本, 日前, 一日游, and a
# window of days in market data (20日线, 21日移动均线, 5日主力成本, 3日净买入, 5日增仓比, 5日涨幅).
_NOT_DAY_AFTER = "均内元币本前后游常益子产用夜照间期程记报线移主净增涨跌换量"
# Before it, words that make it a span of days: 前30日, 近5日, 连续3日, 每5日, 第3日, 过去5日, 为期15日, 历时3日.
_NOT_DAY_BEFORE = "前近续每第去余期时了达"
_NOT_AFTER_DIGIT = r"(?<![\d.〇零一二两三四五六七八九十百千万亿])"
# 一 after these counts back or forward from now (上一季度, 下一季度): it is no quarter's number.
_RELATIVE_ONE = frozenset({"上一", "下一", "这一"})


@cache
def _pattern() -> re.Pattern:
    """The date pattern. Compiled by the standard library's `re`, which skips the positions that fail
    the one-character guard more than twice as fast as `regex` does (the results are the same)."""
    table = rules("date")
    openings = sorted({w[:2] for w in [*table.relative_year, *table.period]} | {"年底", "年初", "年末"})
    first_chars = "".join(sorted({w[0] for w in openings} | set("〇零一二三四五六七八九十前")))
    return re.compile(
        rf"""
        (?=[\d{first_chars}])     # the first character of every date, tested before anything else
        (?=                     # a cheap test of how every date opens, before the full pattern runs
            \d{{1,4}}\s*[年月季日世\-—―–~至到]
          | [上本]世纪
          | [一二三四五六七八九十]{{1,3}}(?:世纪|年代)
          | \d{{4}}[./]\d
          | [〇零一二三四五六七八九十]{{1,4}}\s*[年月季日至到\-—―–~]
          | 前[\d两二三四五六七八九十]
          | {alternation(openings)}
        )
        (?:                     # a century, and a decade of it: 上世纪90年代, 十九世纪七十年代, 18世纪
            (?: (?P<century_word>上|本) | {_NOT_AFTER_DIGIT} (?P<century>1\d|20|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九]) ) 世纪
            (?: (?P<decade>[1-9]0|[一二三四五六七八九]十) 年代 )?
          |                     # a decade alone, read in the twentieth century: 90年代, 五十年代
            {_NOT_AFTER_DIGIT} (?P<bare_decade>[3-9]0|[三四五六七八九]十) 年代
          |                     # a numeric date, year first: 2010-01-29, 2010.01.29, 2020/1/2
            {_NOT_AFTER_DIGIT} (?P<num_year>(?:1[89]|20)\d\d) (?P<sep>[-./])
            (?P<num_month>1[0-2]|0?[1-9]) (?P=sep) (?P<num_day>3[01]|[12]\d|0?[1-9]) (?![\d]|\.\d)
          |                     # a day alone, 29日 (not 日均, 日内, 日元 …; a Chinese one written with 十: 十五日)
            {_NOT_AFTER_DIGIT} (?<![月日号{_NOT_DAY_BEFORE}]) (?P<day_only>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?) 日
            (?![{_NOT_DAY_AFTER}])
          |
        (?:
            {_NOT_AFTER_DIGIT} (?P<year>(?:1[89]|20)\d\d) [ \u00a0]? 年           # 2008年, 2008 年
            (?: {_TO} (?P<year_end>(?:1[89]|20)\d\d) [ \u00a0]? 年 )?
          | {_NOT_AFTER_DIGIT} (?P<year_low>(?:1[89]|20)\d\d) {_TO} (?P<year_high>(?:1[89]|20)\d\d) [ \u00a0]? 年
          | (?P<year_cn>[〇零一二三四五六七八九]{{4}}) 年
          | (?P<relative>{alternation(table.relative_year)})
        )?
        (?:
            (?P<period>{alternation(table.period)})
          | (?<![提之此以日目当先事空眼面从史]) 前 (?P<first_months>\d{{1,2}}|十[一二]?|[两二三四五六七八九]) 个? 月   # 前10个月, 前10月; not 提前3个月
          | {_NOT_AFTER_DIGIT} (?P<month_low>{_MONTH}) 月? {_TO} (?P<month_high>{_MONTH}) 月 份?
          | {_NOT_AFTER_DIGIT} (?P<month>{_MONTH}) 月 (?! 一 (?! [日号] ) [\u4e00-\u9fff] )   # not “一月一调度”, a slogan
            (?: (?P<day>{_DAY}) [日号] | (?P<bare_day>{_DAY}|廿[一二三四五六七八九]?) (?=$|[\s,;:!?，。；：！？、)）的\-—―–~至到]) )?
            (?: {_TO} (?: (?P<month_to>{_MONTH}) 月 )? (?P<day_to>{_DAY}) [日号] )?
            (?: {alternation(table.month_suffix)} )?
          | (?P<year_part>{alternation(table.year_part)})
          | 年 (?P<this_year_part>{alternation(table.year_part)})
          | (?P<since>以来)
          | (?P<same_period>同期末?|同月)   # 去年同期末: the end of the same span a year before
        )?
        )
        """,
        re.VERBOSE,
    )


def extract(doc: Document) -> list[Candidate]:
    """Every date and period of the document."""
    table = rules("date")
    found: list[Candidate] = []
    since: dict[int, bool] = {}  # 今年以来 runs to the publication date
    year_end: dict[int, bool] = {}  # 年末 with no year: the end of the reported year
    bound = _words_ending_in_relative()
    for match in _pattern().finditer(doc.text):
        if match.end() == match.start():
            continue
        if match.group("period", "relative") == (match.group(), None) and doc.text[match.start() - 1 : match.start() + 1] in _RELATIVE_ONE:
            continue  # 上一季度 is the quarter before, not the first: no calendar period is written
        if match.group("relative") and match.start("relative") == match.start() and _ends_word(doc.text, match.start(), bound):
            continue  # 目前年产能: the 前 of 前年 belongs to 目前
        fields = _fields(match, table)
        if fields is None:
            continue
        found.append(Candidate("date", match.start(), match.end(), fields))
        since[len(found) - 1] = bool(match.group("since"))
        # 年末 with no year, in a report published early in a year, is the end of the year it reports on.
        year_end[len(found) - 1] = bool(match.group("this_year_part")) and fields["year"] is None and fields["relative_year"] is None
    found.extend(_join_ranges(doc.text, found))
    found.extend(_elided_run(doc.text, found))
    if doc.published is not None:
        for index, candidate in enumerate(found):
            candidate.fields["resolved"] = _resolve(candidate.fields, doc.published, since.get(index, False), year_end.get(index, False))
    return found


@cache
def _words_ending_in_relative() -> frozenset[str]:
    return frozenset(rules("date").words_ending_in_relative)


def _ends_word(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether a word of `words` ends with the character at `start` (目前 in 目前年产能)."""
    return any(text[max(0, start + 1 - n) : start + 1] in words for n in (2, 3, 4))


@lru_cache(maxsize=1024)
def _number(surface: str) -> int:
    """A year, month or day number; the few surfaces there are are read once."""
    return int(parse_number(surface))


def _fields(match: re.Match, table) -> dict | None:
    """The value fields of one date match, or None when it reads as no date (13月, a lone 年)."""
    g = match.groupdict()
    fields: dict = {"year": None, "month": None, "day": None, "period": None, "relative_year": None}
    year = None
    try:
        if g["century_word"] or g["century"] or g["bare_decade"]:
            return _decade(g, fields)
        if g["num_year"]:  # 2010-01-29
            fields.update(year=int(g["num_year"]), month=int(g["num_month"]), day=int(g["num_day"]))
            return fields
        if g["day_only"]:  # 29日: the month is not written
            fields["day"] = _number(g["day_only"])
            return fields
        if g["year_low"] or g["year_end"]:
            low = int(g["year_low"] or g["year"])
            high = int(g["year_high"] or g["year_end"])
            if high <= low:
                return None
            fields["period"] = {"start": {"year": low}, "end": {"year": high}}
            return fields
        if g["year"]:
            year = int(g["year"])
        elif g["year_cn"]:
            year = _number(g["year_cn"])
        elif g["relative"]:
            fields["relative_year"] = table.relative_year[g["relative"]]
        fields["year"] = year
        if g["period"]:
            first, last = table.period[g["period"]]
            fields["period"] = _period(year, first, last)
        elif g["first_months"]:
            fields["period"] = _period(year, 1, _number(g["first_months"]))
        elif g["month_low"]:
            first, last = _number(g["month_low"]), _number(g["month_high"])
            if not first < last <= 12:
                return None
            fields["period"] = _period(year, first, last)
        elif g["month"]:
            fields["month"] = _number(g["month"])
            if g["day"] or g["bare_day"]:  # 8月23日; 八月十五
                fields["day"] = _number(g["day"] or g["bare_day"])
            if g["day_to"]:  # 8月1日至8月5日: a period of days
                last_month = _number(g["month_to"]) if g["month_to"] else fields["month"]
                first = {"year": year, "month": fields["month"], "day": fields["day"]}
                fields["month"] = fields["day"] = None
                fields["period"] = {"start": first, "end": {"month": last_month, "day": _number(g["day_to"])}}
        elif g["year_part"] or g["this_year_part"]:
            if g["year_part"] and year is None and fields["relative_year"] is None:
                return None
            fields["month"] = table.year_part[g["year_part"] or g["this_year_part"]]
        elif (g["since"] or g["same_period"]) and year is None and fields["relative_year"] is None:
            return None  # 以来 and 同期 date something only after a year word
    except (NumberError, ValueError):
        return None
    if fields["period"] is None and fields["month"] is None and year is None and fields["relative_year"] is None:
        return None
    if fields["month"] is not None and not 1 <= fields["month"] <= 12:
        return None
    if fields["day"] is not None and not 1 <= fields["day"] <= 31:
        return None
    if fields["period"] is not None and not 1 <= fields["period"]["end"]["month"] <= 12:
        return None
    return fields


def _decade(g: dict, fields: dict) -> dict | None:
    """The years of a century or of a decade: 上世纪90年代 is 1990–1999, 18世纪 1700–1799."""
    if g["bare_decade"]:
        first, length = 1900 + _number(g["bare_decade"]), 10
    else:
        century = {"上": 20, "本": 21}.get(g["century_word"]) or _number(g["century"])
        if not 1 <= century <= 21:
            return None
        first, length = (century - 1) * 100, 100
        if g["decade"]:
            first, length = first + _number(g["decade"]), 10
    fields["period"] = {"start": {"year": first}, "end": {"year": first + length - 1}}
    return fields


def _join_ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """Two dates joined by 至/到/- read as one period as well: 2017年8月15日至2018年3月29日, 1月3至2月10."""
    joined = []
    for first, second in zip(found, found[1:]):
        a, b = first.fields, second.fields
        if not (_RANGE_GAP.fullmatch(text, first.end, second.start) and _is_point(a) and _is_point(b)):
            continue
        if a["year"] is None and b["year"] is not None:
            continue  # 9月份至2020年初: the first year is not written
        end_year = b["year"] if b["year"] is not None else a["year"]
        if (end_year or 0, b["month"], b["day"] or 0) <= (a["year"] or 0, a["month"], a["day"] or 0):
            continue
        fields = {"year": a["year"] if a["year"] == end_year else None, "month": None, "day": None, "relative_year": None,
                  "period": {"start": {"year": a["year"], "month": a["month"], "day": a["day"]},
                             "end": {"year": end_year, "month": b["month"], "day": b["day"]}}}
        joined.append(Candidate("date", first.start, second.end, fields))
    return joined


# 一、二、三季度 and 7、8月份: numbers before a quarter or a month that share its word, each a date of its own.
_RUN_BEFORE = re.compile(r"(?<![\d.．〇零一二两三四五六七八九十百千万亿])第?((?:(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])、)+)$")
_QUARTER = re.compile(r"第?(?:[1-4]|[一二三四])季度")


def _elided_run(text: str, found: list[Candidate]) -> list[Candidate]:
    """The numbers of a run that leaves out the word they share with its last member: 一、二、三季度 dates
    the first and second quarters too, 7、8月份 July too. Each number is a date of its own, in the last
    member's year, so that the figures listed after the run (分别…) are dated one by one."""
    elided = []
    for candidate in found:
        surface, fields = text[candidate.start : candidate.end], candidate.fields
        quarter = _QUARTER.fullmatch(surface) is not None
        month = fields["month"] is not None and fields["day"] is None and fields["year"] is None and fields["period"] is None
        run = _RUN_BEFORE.search(text, max(0, candidate.start - 12), candidate.start) if quarter or month else None
        if run is None:
            continue
        last = fields["period"]["end"]["month"] // 3 if quarter else fields["month"]
        position = run.start(1)
        for number in run.group(1).split("、")[:-1]:
            value = _number(number)
            if not 1 <= value < last:
                break
            span = {"period": _period(None, 3 * value - 2, 3 * value)} if quarter else {"month": value}
            elided.append(Candidate("date", position, position + len(number), {**fields, "month": None, **span}))
            position += len(number) + 1
    return elided


def _is_point(fields: dict) -> bool:
    """A date with a month written and nothing relative: one end of a range of dates."""
    return fields["period"] is None and fields["relative_year"] is None and fields["month"] is not None


# The weekday of the first date may stand before the connector: 8月1日(星期一)至8月5日.
_RANGE_GAP = re.compile(r"\s*(?:[（(](?:星期|周|礼拜)[一二三四五六日天][)）]\s*)?(?:至|到|-|—{1,2}|―|–|~|－)\s*")


def _period(year: int | None, first: int, last: int) -> dict:
    return {"start": {"year": year, "month": first}, "end": {"year": year, "month": last}}


def _resolve(fields: dict, published: date, since: bool, year_end: bool = False) -> dict | None:
    """ISO start and end of the date, the year taken from the publication date when not written; a
    day written without its month (29日) is not resolved. A year's end with no year (年末, 年底) that
    would lie after the publication is the end of the year before: figures are reported once done."""
    if fields["day"] is not None and fields["month"] is None:
        return None
    year = fields["year"]
    if year is None:
        year = published.year + (fields["relative_year"] or 0)
        if year_end and fields["month"] is not None and date(year, fields["month"], 1) > published:
            year -= 1
    try:
        if since:
            return {"start": date(year, 1, 1), "end": published}
        period = fields["period"]
        if period is not None:
            first_year = period["start"].get("year") or year
            last_year = period["end"].get("year") or year
            first_month = period["start"].get("month") or 1
            last_month = period["end"].get("month") or 12
            last = _month_end(last_year, last_month)
            if period["end"].get("day"):
                last = date(last_year, last_month, period["end"]["day"])
            return {"start": date(first_year, first_month, period["start"].get("day") or 1), "end": last}
        month, day = fields["month"], fields["day"]
        if month is None:
            return {"start": date(year, 1, 1), "end": date(year, 12, 31)}
        if day is None:
            return {"start": date(year, month, 1), "end": _month_end(year, month)}
        return {"start": date(year, month, day), "end": date(year, month, day)}
    except ValueError:
        return None  # 2月30日: as written, but no calendar day


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
