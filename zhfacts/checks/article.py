"""One article's facts and statements as the checks look them up, and how metrics are compared."""

from __future__ import annotations

from decimal import Decimal

from extractors.wholes import share_a_word
from schemas import ArticleFacts, Statement


class Article:
    """The facts and statements of one article, looked up by id."""

    def __init__(self, result: ArticleFacts) -> None:
        self.title = result.title or ""
        self.facts = {f.id: f for f in result.facts}
        self.statements = result.statements
        self.by_id = {s.id: s for s in result.statements}
        self.by_value = {s.value: s for s in result.statements}

    def value(self, statement: Statement):
        return self.facts[statement.value]

    def restatements(self, statement: Statement) -> list[Statement]:
        """The other copies of a figure written in the headline and again in the body (一季度重大项目集中
        签约 32个项目总投资418亿元, then 总投资418亿元): for a headline figure, the first body figure of
        its kind and unit whose metric shares a word with it, no part of another and within a factor of
        1.5; for a body figure, the headline figures it restates."""
        if self.is_headline(statement):
            twin = self._body_twin(statement)
            return [twin] if twin is not None else []
        return [s for s in self.statements if self.is_headline(s) and self._body_twin(s) is statement]

    def is_headline(self, statement: Statement) -> bool:
        return statement.sentence == 0 and bool(self.title) and self.value(statement).text in self.title

    def _body_twin(self, headline: Statement) -> Statement | None:
        head = self.value(headline)
        if head.value in (None, 0) or head.qualifier != "=" or not headline.metric:
            return None
        for later in self.statements:
            value = self.value(later)
            if later.sentence == 0 or value.kind != head.kind or getattr(value, "currency", None) != getattr(head, "currency", None):
                continue
            if later.part_of is None and value.qualifier == "=" and later.metric and share_a_word(headline.metric, later.metric):
                return later if value.value is not None and head.value / Decimal("1.5") <= value.value <= head.value * Decimal("1.5") else None
        return None


def alike(first: str, second: str) -> bool:
    """Two metrics of one figure in two years: one holds the other, or they share two words (实际使用外资
    and 实际利用外资 share 实际, 外资); one shared word (现金 in 经营性现金流净额 and 现金认购) is not enough."""
    shorter, longer = sorted((first, second), key=len)
    words = {first[i : i + 2] for i in range(len(first) - 1)} & {second[i : i + 2] for i in range(len(second) - 1)}
    return shorter in longer or len(words) >= 2
