"""The output contract of zhfacts: one Pydantic model per fact kind, the article that carries them.

These models are the single source of truth of what zhfacts emits. `article.schema.json` beside this
file is exported from them (`python -m schemas` rewrites it) and a test fails when the two drift.

Numbers are `Decimal` inside and JSON numbers outside: an integral value is written as an integer and
any other as the shortest decimal literal that reads back to the same Decimal, so nothing is lost.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    model_validator,
)

SCHEMA_VERSION = 1


def _decimal_to_json(value: Decimal) -> int | float | str:
    """Write a Decimal as a JSON number without loss (a string only when no number can carry it)."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) == value:
        return as_float
    return str(value)


def exact_text(value: Decimal | None) -> str | None:
    """A Decimal as plain text without exponent or trailing zeros (6815000000, 33.8).

    >>> exact_text(Decimal("6815000000.00")), exact_text(Decimal("33.80"))
    ('6815000000', '33.8')
    """
    if value is None:
        return None
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


ExactDecimal = Annotated[
    Decimal,
    PlainSerializer(_decimal_to_json, return_type=Union[int, float, str], when_used="json"),
]
Qualifier = Literal["=", ">", ">=", "<", "<=", "~"]


class Model(BaseModel):
    """The project base: unknown fields are errors and records never change once made."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class FactBase(Model):
    """What every fact carries: where it is and how it was written."""

    id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> "FactBase":
        if self.end <= self.start or self.end - self.start != len(self.text):
            raise ValueError(f"span [{self.start}, {self.end}) does not fit text {self.text!r}")
        return self


class RangeMixin(Model):
    """A numeric fact is either one value or a range from `low` to `high`."""

    value: ExactDecimal | None = None
    low: ExactDecimal | None = None
    high: ExactDecimal | None = None

    @model_validator(mode="after")
    def _value_or_range(self) -> "RangeMixin":
        is_range = self.low is not None and self.high is not None
        if is_range == (self.value is not None) or (self.low is None) != (self.high is None):
            raise ValueError("a numeric fact has either `value` or both `low` and `high`")
        return self


class Money(RangeMixin, FactBase):
    kind: Literal["money"] = "money"
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    unit: str
    qualifier: Qualifier = "="


class Count(RangeMixin, FactBase):
    kind: Literal["count"] = "count"
    unit: str
    object: str | None = None
    qualifier: Qualifier = "="


class Measure(RangeMixin, FactBase):
    """A physical quantity (86.3万吨, 2.3万亩, 45.6亿千瓦时): `value` in `base_unit` (吨, 亩, 平方米,
    千瓦时 …), `unit` as written."""

    kind: Literal["measure"] = "measure"
    unit: str
    base_unit: str
    qualifier: Qualifier = "="


class Percent(RangeMixin, FactBase):
    kind: Literal["percent"] = "percent"
    form: Literal["percent", "fraction", "point", "multiple"]
    direction: Literal["up", "down"] | None = None
    qualifier: Qualifier = "="


class DatePoint(Model):
    year: int | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)


class Period(Model):
    start: DatePoint
    end: DatePoint


class Resolved(Model):
    start: date
    end: date


class Date(FactBase):
    kind: Literal["date"] = "date"
    year: int | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    period: Period | None = None
    relative_year: int | None = None
    resolved: Resolved | None = None


class Duration(RangeMixin, FactBase):
    kind: Literal["duration"] = "duration"
    unit: Literal["day", "week", "month", "year"]
    qualifier: Qualifier = "="


class Project(FactBase):
    kind: Literal["project"] = "project"
    name: str
    category: str


Fact = Annotated[
    Union[Money, Count, Measure, Percent, Date, Duration, Project],
    Field(discriminator="kind"),
]
FACT_MODELS = {m.model_fields["kind"].default: m for m in (Money, Count, Measure, Percent, Date, Duration, Project)}


class Change(Model):
    """同比增长7.28%: the basis of comparison, the direction and the fact id of the rate."""

    basis: str | None = None
    direction: Literal["up", "down"] | None = None
    value: str
    # 增速比全国高出7.8个百分点: the fact id of the point gap, what it is measured against (全国), which
    # way, and (`gap_to`) the fact id of that figure's own rate once it is found.
    gap: str | None = None
    gap_of: str | None = None
    gap_direction: Literal["up", "down"] | None = None
    gap_to: str | None = None
    # 由1971英镑上调至3,549英镑,涨幅约80%: the fact id of the figure the rate is
    # measured from, when the sentence writes it.
    base: str | None = None


class Difference(Model):
    """比去年底的71.8万座增加24.3万座: the fact id of the figure compared against (`base`), the direction
    and the fact id of the absolute change (`value`); the figure = base ± value."""

    base: str
    direction: Literal["up", "down"]
    value: str


class Share(Model):
    """占全国比重为4.05%: what the figure is a share of, the fact id of the share, and of the whole
    when the article states it."""

    of: str | None = None
    value: str
    whole: str | None = None
    # How the whole was found: named by `of` (metric), the whole of a 其中 part (part_of), the target
    # of a completion rate (target), the figure of the region it names (subject: 占全县的), the whole of
    # a breakdown or 分别 list, chosen by the sum of its parts (breakdown), or only the article's first
    # larger total (first_total), or the figure of another subject that the share's clause follows
    # (preceding: 全国…1683.4亿美元,杭州一城的贡献占到4.05%), or, for a rate named by its own noun
    # (到位率为48.7%), the larger figure before the one whose metric holds the noun's stem (rate_name),
    # or the figure it is reckoned on (basis: 按月均缴存余额588.1亿元计算,增值收益率为1.51%; 应参合农业人口 for 参合率),
    # or, when no larger figure fits, one the part exceeds by less than 30% (overshot: a likely mistake).
    whole_by: Literal["metric", "subject", "part_of", "breakdown", "target", "first_total", "preceding", "rate_name", "basis", "overshot"] | None = None
    # 占全省比重为40.5%,较上年同期的38.2%提高2.3个百分点: the share's own change in points, its
    # direction, and the earlier share it is measured from when the sentence writes it (or the same
    # level of the place it is compared with: 比全市平均水平高2.6个百分点,全市为88.7%).
    change: str | None = None
    direction: Literal["up", "down"] | None = None
    earlier: str | None = None


class Target(Model):
    """完成年度目标任务589亿元的37.22%: the fact ids of the target and of the completion rate."""

    value: str | None = None
    rate: str


class Statement(Model):
    """One figure in context: which metric it measures, for which period, with which change and share.
    Every link is a fact id of the same article."""

    id: str
    metric: str | None = None
    value: str
    period: str | None = None
    change: Change | None = None
    share: Share | None = None
    count: str | None = None
    target: Target | None = None
    average: str | None = None  # 平均每个项目: the stated average over `count`, or per unit of `over`
    over: str | None = None  # 6万亿元分三年安排,每年两万亿元; 2.3万亩,每亩补助3000元: the span or quantity the value is spread over
    part_of: str | None = None  # 其中: the statement id of the whole this figure is part of
    # True when the statements part_of this one are all of it and must add up to it (合计 after them).
    exhaustive: bool | None = None
    difference: Difference | None = None  # 比去年底的71.8万座增加24.3万座: base and absolute change
    subject: str | None = None
    sentence: int = Field(ge=0)


class Finding(Model):
    check: str
    severity: Literal["error", "warning", "info"]
    message: str
    facts: list[str]
    stated: ExactDecimal | None = None
    computed: ExactDecimal | None = None
    tolerance: ExactDecimal | None = None


class ArticleFacts(Model):
    """Everything zhfacts found in one article; offsets point into the text as given."""

    article_id: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    text_sha256: str
    extractor_version: str
    schema_version: int = SCHEMA_VERSION
    facts: list[Fact] = []
    statements: list[Statement] = []
    findings: list[Finding] = []

    @model_validator(mode="after")
    def _ids_are_unique(self) -> "ArticleFacts":
        ids = [f.id for f in self.facts]
        if len(ids) != len(set(ids)):
            raise ValueError("fact ids must be unique within an article")
        return self

    def check_offsets(self, original: str) -> None:
        """Raise ValueError unless every fact's text is the original text at its offsets."""
        for fact in self.facts:
            if original[fact.start : fact.end] != fact.text:
                raise ValueError(f"fact {fact.id} text {fact.text!r} is not original[{fact.start}:{fact.end}]")


def json_schema() -> dict:
    """The JSON Schema of `ArticleFacts` as consumers read it (serialization mode)."""
    return ArticleFacts.model_json_schema(mode="serialization")
