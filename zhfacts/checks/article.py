"""One article's facts and statements as the checks look them up, and the copies of its headline figures."""

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

    def facts_between(self, first, second) -> list:
        """The facts written after `first` ends and before `second` starts."""
        return [f for f in self.facts.values() if first.end <= f.start and f.end <= second.start]

    def value(self, statement: Statement):
        return self.facts[statement.value]

    def copies(self, fact_id: str) -> list:
        """The other copies of a figure written in the headline and again in the body (一季度重大项目集中
        签约 32个项目总投资418亿元, then 总投资418亿元): for a headline figure, the first body figure of
        its kind and unit whose metric shares a word with it, no part of another and within a factor of
        1.5 (for a count, the first count of its object that a body figure goes with: 新签约招商项目247个
        over 项目有247个,合同引进资金1077亿元); for a body figure, the headline figures it restates."""
        headline = self.by_value.get(fact_id)
        if headline is not None and self.is_headline(headline):
            twin = self._body_twin(headline)
            return [twin] if twin is not None else []
        return [
            self.value(s) for s in self.statements
            if self.is_headline(s) and (twin := self._body_twin(s)) is not None and twin.id == fact_id
        ]

    def is_headline(self, statement: Statement) -> bool:
        return statement.sentence == 0 and bool(self.title) and self.value(statement).text in self.title

    def _body_twin(self, headline: Statement):
        head = self.value(headline)
        if head.value in (None, 0) or head.qualifier != "=" or not headline.metric:
            return None
        # The same figure written again in the body is its copy, wherever it stands (3862.4亿元 after 年度计划投资4670亿元).
        same = next((
            self.value(s) for s in self.statements if s.sentence != 0 and self.value(s).text == head.text and s.metric
            and share_a_word(headline.metric, s.metric)
        ), None)
        if same is not None:
            return same
        # (宁岫省职业院校今秋招生44.18万人 over 实际录取新生44.18万人: the one body figure written the same, named otherwise)
        written_alike = [self.value(s) for s in self.statements if s.sentence != 0 and self.value(s).text == head.text]
        if len(written_alike) == 1:
            return written_alike[0]
        goals = {s.target.value for s in self.statements if s.target is not None}
        for later in self.statements:
            if later.sentence == 0 or later.value in goals:
                continue  # (计划招生42.6万人: a goal, no copy of the figure reached)
            if head.kind == "count" and later.count is not None and self.facts[later.count].object == head.object:
                twin = self.facts[later.count]
            else:
                twin = self.value(later)
                if twin.kind != head.kind or getattr(twin, "currency", None) != getattr(head, "currency", None):
                    continue
                if later.part_of is not None or twin.qualifier != "=" or not later.metric or not share_a_word(headline.metric, later.metric):
                    continue
            near = twin.value is not None and head.value / Decimal("1.5") <= twin.value <= head.value * Decimal("1.5")
            return twin if near and twin.qualifier == "=" else None
        return None
