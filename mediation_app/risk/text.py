"""Risk signals in Chinese free text, found clause by clause with the rules' lexicons.

Pattern rules rather than a language model: every hit can be shown to the mediator with
its exact position and the reason it was counted, weakened or ruled out. The text is
normalised without changing its length and harmless look-alikes (跳楼价, 砍价) are
blanked out, so positions found in the working copy are positions in the original.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from mediation_app.domain.enums import DisputeType
from mediation_app.risk.memo import Memo
from mediation_app.risk.reasons import TEXT, Evidence
from mediation_app.risk.rules import Rules, Signal

_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp).isalnum()}
_WIDTH |= {
    0x3000: ord(" "),
    ord(";"): ord("；"),
    ord("!"): ord("！"),
    ord("?"): ord("？"),
    ord(":"): ord("："),
    ord("\r"): ord("\n"),
}
# Dialect words that are always one Mandarin character, as offices write what parties said:
# Cantonese ("缝咗八针", "冇人郁手", "关喺仓库", "睇吓边个够狠"), the northern 俺 and 恁
# ("俺先送恁走"), Minnan ("伊三暝守伫老板厝对面", "刣鸡"), Hakka ("留个位畀𠊎") and Wu
# ("侬再弗还钱", "呒胆"). The rules are written in Mandarin; the similarity model reads the words as
# written, as trained.
_MANDARIN = {
    ord(dialect): ord(han)
    for dialect, han in zip(
        "咗嘅冇佢唔喺俾睇嚟哋揾俺恁伊伫暝刣佮𠊎畀弗侬呒",
        "了的没他不在给看来们找我你他在夜杀和我给不你没",
        strict=True,
    )
}
# 渠 is "he" or "she" in Wu, Gan and Hakka speech ("寻到渠先把渠腿打断") and a canal in
# Mandarin ("水渠", "在渠边"): read as the pronoun unless a word of water work stands next to it.
_QU = re.compile(r"(?<![水沟干支修挖灌溉引排毛斗农暗明清])渠(?![道边口里上下底堤坝水沟系首尾埂沿])")
_ASCII_COMMA = re.compile(r"(?<![0-9]),|,(?![0-9])")
# Notes jotted with spaces for punctuation ("不赔 我就让他家也见见血"): for the rules a
# space between Chinese words ends a clause as a comma would.
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff”’])[ \u3000]+(?=[\u4e00-\u9fff“‘])")
_CLAUSE_BREAK = re.compile(r"[，、；。！？：\n]|但是|但|可是|不过|随后|然而|却")
_CLAUSE_ENDS = frozenset("，、；。！？：\n")  # where the words of a blanked hit's clause begin
_SENTENCE_BREAK = re.compile(r"[。！？；\n]")
BLANK = "□"
_EVIDENCE: Memo[tuple[Evidence, ...]] = Memo(4096)
_NUMERALS = dict(
    zip(
        "零〇一二两三四五六七八九几数壹贰叁肆伍陆柒捌玖",
        (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
# 拾佰仟 are the forms written on contracts and IOUs (壹拾贰万元) so they cannot be altered.
_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_SEPARATOR = re.compile(r"[,，]")


@dataclass(frozen=True)
class TextField:
    """A piece of case text: the summary, a session record, follow-up notes..."""

    field: str
    label: str
    text: str
    on: datetime.date | None = None


def normalise(text: str) -> str:
    """Unify widths and punctuation without changing the length of the text."""
    return _ASCII_COMMA.sub("，", text.translate(_WIDTH))


def _commas(spaces: re.Match[str]) -> str:
    return "，" * len(spaces.group())


def parse_number(token: str) -> float:
    """Arabic numerals (thousands separators allowed) or Chinese ones, everyday or capital.

    万 and 亿 close a section, so 壹佰零伍万 and 一万二千 come out right; 几/数
    ("several") count as three.
    """
    if token[0].isdigit():
        return float(_SEPARATOR.sub("", token))
    total, section, digit = 0, 0, 0
    for char in token:
        if char in _UNITS:
            section += (digit or 1) * _UNITS[char]
            digit = 0
        elif char == "万":
            total, section, digit = total + (section + digit) * 10_000, 0, 0
        elif char == "亿":
            total, section, digit = (total + section + digit) * 100_000_000, 0, 0
        else:
            digit = _NUMERALS.get(char, 0)
    return float(total + section + digit)


WINDOW = 400
OVERLAP = 60
# more hits of one factor in one field add nothing a mediator can use
MAX_HITS = 12
_LONG_DIGITS = re.compile(r"\d{25,}")


def _starts(text: str, breaks: re.Pattern[str]) -> list[int]:
    """Start offsets of the segments; each segment keeps its closing punctuation."""
    return [0, *(m.end() for m in breaks.finditer(text))]


def _segment(starts: list[int], position: int, length: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, position) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else length


# Hits ruled out by the circumstances rather than by a negation or a check: the hurt was an
# accident's or an animal's. They say nothing of other dangers in the same text.
ACCIDENT = "事故或意外语境，不计分"
BY_ANIMAL = "系动物所致，不属于当事人之间的暴力，不计分"
TO_ANIMAL = "受伤的是动物，按财物损失看待，不属于当事人之间的暴力"
CIRCUMSTANCES = frozenset({ACCIDENT, BY_ANIMAL, TO_ANIMAL})

# How far into a refutation a report may begin to be the claim it checked: right after the
# check's heading ("民警核实：报称…"). Further in, "称…" is part of what the check found.
REPORT_HEAD = 8


def _refuted_up_to(match: re.Match[str], reported: re.Pattern[str]) -> int:
    """How far a refutation reaches: the claims before it, its `covers` group if any, and
    claims reported inside it.

    "系误传，原话为…" quotes what was really said, which repeats the claim harmlessly. In
    "民警核实：报称‘被打伤’，查明是自己摔倒" the report lies between the check and its
    finding: it is what was checked, not what the check found.
    """
    covers = match.groupdict().get("covers")
    reach = match.end("covers") if covers else match.start()
    claims = (
        m.end()
        for m in reported.finditer(match.string, match.start(), match.end())
        if m.start() - match.start() <= REPORT_HEAD
    )
    return max((reach, *claims))


class _Scan:
    """The state of one field while its signals are qualified."""

    def __init__(
        self, field: TextField, rules: Rules, dispute_type: DisputeType | None,
        stale_days: int | None,
    ):
        self.field = field
        self.rules = rules
        self.cues = rules.cues
        self.mod = rules.modifiers
        # the same length as the field's text, so quotes are cut from the text as written
        mandarin = _QU.sub("他", normalise(field.text).translate(_MANDARIN))
        self.text = _SPACED.sub(_commas, mandarin)
        work = self.cues.masks.sub(lambda m: BLANK * len(m.group()), self.text)
        # no number a rule reads is this long; scanning such runs backtracks quadratically
        self.work = _LONG_DIGITS.sub(lambda m: BLANK * len(m.group()), work)
        self.clauses = _starts(self.text, _CLAUSE_BREAK)
        self.sentences = _starts(self.text, _SENTENCE_BREAK)
        self.accident_case = dispute_type in self.cues.accident_types
        self.stale_days = stale_days  # the field's age, if past the rules' stale_after_days
        self.resolved = any(
            self._negator(m.start(), protective=True) is None
            for m in self.cues.resolution.finditer(self.text)
        )
        everything = self._refuted_before(self.cues.refuted)
        # A check finding no blow leaves a spoken threat standing; words taken back or
        # shown to be a game leave a weapon standing.
        self.acts_refuted_before = max(everything, self._refuted_before(self.cues.refuted_acts))
        self.words_refuted_before = max(everything, self._refuted_before(self.cues.refuted_words))
        self.seen_false_before = self._refuted_before(self.cues.seen_false)

    def _refuted_before(self, refutations: re.Pattern[str]) -> int:
        """Hits before this offset were reported false by refutations of this kind."""
        reach, position = -1, 0
        # Overlapping: a long refutation must not hide a shorter one starting inside it.
        while (match := refutations.search(self.text, position)) is not None:
            if self._negator(match.start(), protective=True) is None:
                reach = max(reach, _refuted_up_to(match, self.cues.reported))
            position = match.start() + 1
        return reach

    def evidence(self) -> list[Evidence]:
        """Every hit of every signal; a span claimed for a factor is not claimed again.

        A hit the circumstances rule out (an accident, an animal) holds its span only against
        other such hits: a later pattern of the same factor may still find the deliberate act
        it overlaps ("电动车撞倒老人，家属把骑车小伙堵在路边打了一顿，小伙头破" is a collision
        and a beating), while the accident is listed once.
        """
        found: list[Evidence] = []
        taken: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        windows = self._windows()
        for signal in self.rules.signals:
            held, circumstantial = taken.setdefault(signal.factor.code, ([], []))
            for pattern in signal.patterns:
                for match in (m for a, b in windows for m in pattern.finditer(self.work, a, b)):
                    start, end = match.span()
                    if len(held) + len(circumstantial) >= MAX_HITS:
                        break
                    if start == end or _overlaps(start, end, held):
                        continue
                    if (
                        signal.at_least is not None
                        and parse_number(match["n"]) * signal.unit < signal.at_least
                    ):
                        continue
                    hit = self._qualify(signal, start, end)
                    if not hit.circumstantial:
                        held.append((start, end))
                    elif _overlaps(start, end, circumstantial):
                        continue
                    else:
                        circumstantial.append((start, end))
                    found.append(hit)
        return found

    def _windows(self) -> list[tuple[int, int]]:
        """Sentences packed into windows of at most WINDOW characters.

        Patterns run window by window, so a long text without punctuation costs linear
        time instead of quadratic backtracking; a sentence longer than a window is cut
        into overlapping pieces.
        """
        windows: list[tuple[int, int]] = []
        window_start = previous = 0
        for end in [*self.sentences[1:], len(self.work)]:
            if end - window_start > WINDOW and previous > window_start:
                windows.append((window_start, previous))
                window_start = previous
            while end - window_start > WINDOW:
                windows.append((window_start, window_start + WINDOW))
                window_start += WINDOW - OVERLAP
            previous = end
        windows.append((window_start, len(self.work)))
        return windows

    def _negator(self, start: int, *, protective: bool) -> str | None:
        """The negation cue governing a hit at start, if any, within its clause."""
        clause_start, _ = _segment(self.clauses, start, len(self.text))
        before = self.text[max(clause_start, start - self.mod.negation_window) : start]
        cue = None
        for pattern in (
            (self.cues.negation, self.cues.refusal) if protective else (self.cues.negation,)
        ):
            for match in pattern.finditer(before):
                between = before[match.end() :]
                if not protective and self.cues.hypothesis.fullmatch(match.group()):
                    # a threat that opens with its consequence ("要是再不管，我就从这里下去")
                    # is what the hypothesis leads to, not a supposition
                    between += self.text[start : start + 2]
                if not self.cues.conditional.search(between) and (
                    cue is None or match.end() > cue.end()
                ):
                    cue = match
        return cue.group() if cue else None

    def _denied(self, sent_start: int, start: int) -> bool:
        """A denial earlier in the sentence, not followed by a contrast ("但监控显示")."""
        denials = list(self.cues.denial.finditer(self.text, sent_start, start))
        return bool(denials) and not self.cues.contrast.search(self.text, denials[-1].end(), start)

    def _qualify(self, signal: Signal, start: int, end: int) -> Evidence:
        """Rule a hit out, weaken it or count it in full, and say why in its notes."""
        found = Evidence(
            factor=signal.factor,
            label=signal.label,
            weight=signal.weight,
            source=TEXT,
            red_line=signal.red_line,
            floor=signal.floor,
            field=self.field.field,
            field_label=self.field.label,
            quote=self.field.text[start:end],
            start=start,
            end=end,
        )
        sent_start, sent_end = _segment(self.sentences, start, len(self.text))
        sentence = self.text[sent_start:sent_end]
        denied = not signal.factor.protective and self._denied(sent_start, start)
        why_not = self._why_ruled_out(signal, start, end, sentence, denied)
        if why_not is not None:
            return replace(
                found, weight=0, red_line=False, floor=None, ruled_out=True, notes=(why_not,),
                circumstantial=why_not in CIRCUMSTANCES,
            )
        if signal.factor.protective:
            return found
        closed = self._quote_end(start)
        if closed is not None:  # the words quoted may be dated right after the quote
            dating = self.cues.dated_quote.match(self.text, closed)
            sentence += dating.group() if dating else ""
        return self._weakened(found, sentence, start - sent_start, denied)

    def _quote_open(self, start: int) -> int | None:
        """Where the quotation a hit lies in opens, if it lies in one."""
        opened = self.text.rfind("“", 0, start)
        return None if opened < 0 or self.text.rfind("”", opened, start) >= 0 else opened

    def _quote_end(self, start: int) -> int | None:
        """Just past the closing mark of the quotation a hit lies in, if it lies in one (it
        may hold several sentences: "“……。我就跟他拼了。”这是老周三年前的话")."""
        if self._quote_open(start) is None:
            return None
        closed = self.text.find("”", start)
        return None if closed < 0 else closed + 1

    def _why_ruled_out(
        self, signal: Signal, start: int, end: int, sentence: str, denied: bool
    ) -> str | None:
        if sentence.rstrip().endswith("？") and self.cues.question.search(sentence):
            return "出现在提问中，不是陈述，不计分"
        if not denied:
            cue = self._negator(start, protective=signal.factor.protective)
            if cue is not None:
                return f"前有否定、预防、假设或提问表述“{cue}”，已排除"
            _, clause_end = _segment(self.clauses, start, len(self.text))
            after = self.text[end : min(clause_end, end + self.mod.post_negation_window)]
            if self.cues.post_negation.search(after):
                return "其后有否定表述，已排除"
        if start < self.seen_false_before:
            return "传言或报称经上门、电话或见到本人证实不实，已排除"
        if (signal.factor.spoken or self._quoted(start)) and self._at_play(start):
            return "游戏中的喊话、影视或演出台词、玩笑话，不是对人说的，不计分"
        if (
            signal.accident_sensitive
            and (self.accident_case or self.cues.accident.search(sentence))
            and not self._deliberate(start)
        ):
            return ACCIDENT
        if signal.animal_scope is not None and self._by_animal(start, signal.animal_scope):
            return BY_ANIMAL
        if signal.animal_scope is not None and self._to_animal(end):
            return TO_ANIMAL
        return None

    def _at_play(self, start: int) -> bool:
        """Words shouted while playing a game, quoting a film or a sketch, or said laughing
        ("打游戏，一直吼‘弄死他’", "雇主笑她‘……’", "……我削他”，后面跟仨笑脸")."""
        sentence_start, _ = _segment(self.sentences, start, len(self.text))
        if self.cues.play.search(self.text, sentence_start, start) is not None:
            return True
        closed = self._quote_end(start)  # laughing faces right after the words quoted
        return closed is not None and self.cues.jest_after.match(self.text, closed) is not None

    def _quoted(self, start: int) -> bool:
        """The hit lies inside quotation marks opened earlier in its sentence: words said,
        whatever act they describe ("笑她‘你这是要把房子点了’" is a joke, not arson)."""
        begin, _ = _segment(self.sentences, start, len(self.text))
        opened = self._quote_open(start)
        return opened is not None and opened >= begin

    def _deliberate(self, start: int) -> bool:
        """A deliberate act in the hit's clause ("下车用锁砸车窗") or in the clause just
        before it in the same sentence ("抄起输液架追打医生，医生头部被砸伤") is no accident.

        A traffic or medical context explains injuries nobody caused on purpose; it must
        not excuse the beating or smashing that follows a scrape, nor the wound it left.
        """
        clause_start, clause_end = _segment(self.clauses, start, len(self.text))
        sentence_start, _ = _segment(self.sentences, start, len(self.text))
        if clause_start > sentence_start:
            clause_start, _ = _segment(self.clauses, clause_start - 1, len(self.text))
        return self.cues.deliberate.search(self.text, clause_start, clause_end) is not None

    def _to_animal(self, end: int) -> bool:
        """An animal named right after the hit was hurt ("打伤了牛腿", "砍伤了他家的狗")."""
        _, clause_end = _segment(self.clauses, end, len(self.text))
        after = min(clause_end, end + self.mod.animal_window // 2)
        return self.cues.animal.search(self.text, end, after) is not None

    def _by_animal(self, start: int, scope: str) -> bool:
        """An animal named before the hit did it ("狗把孩子咬伤").

        In clause scope only shortly before, as a scuffle word soon follows another subject;
        a bite is so seldom a person's that an animal anywhere earlier in the sentence
        ("狗平时拴着，那天绳子断了才咬伤了人") is taken to be the biter.
        """
        if scope == "sentence":
            begin, _ = _segment(self.sentences, start, len(self.text))
        else:
            clause_start, _ = _segment(self.clauses, start, len(self.text))
            begin = max(clause_start, start - self.mod.animal_window)
        return self.cues.animal.search(self.text, begin, start) is not None

    def _dated_past(self, sentence: str, at: int) -> bool:
        """A past date in the sentence dates the hit at `at`, unless a recent one stands
        between them: in "去年两家和好了，最近又放话要弄死他" the threat is this year's."""
        before = [m.end() for m in self.cues.past.finditer(sentence, 0, at)]
        if not before:
            return self.cues.past.search(sentence) is not None
        return self.cues.recent.search(sentence, before[-1], at) is None

    def _weakened(self, found: Evidence, sentence: str, at: int, denied: bool) -> Evidence:
        """Denied, refuted, past or stale hits count less; only current ones keep red lines."""
        mod = self.mod
        weight, red_line, floor, notes = found.weight, found.red_line, found.floor, []
        dated = settled = False
        if denied:
            weight *= mod.denial
            notes.append(f"当事人否认，按{mod.denial:g}倍计分，需核实")
        refuted_before = (
            self.words_refuted_before if found.factor.spoken else self.acts_refuted_before
        )
        if found.start is not None and found.start < refuted_before:
            weight *= mod.refuted
            red_line, floor, dated, settled = False, None, True, True
            notes.append(f"同一记录其后说明系误会、不实或话已收回，按{mod.refuted:g}倍计分")
        elif self._dated_past(sentence, at):
            if self.resolved:
                weight *= mod.past_resolved
                red_line, floor, dated, settled = False, None, True, True
                notes.append(f"过去发生且已化解，按{mod.past_resolved:g}倍计分")
            elif found.factor.time_limited:
                weight *= mod.past
                red_line, dated = False, True
                notes.append(f"发生在过去，不作红线，按{mod.past:g}倍计分")
        if self.stale_days is not None:
            weight *= mod.stale
            red_line, dated = False, True
            notes.append(f"记录于{self.stale_days}天前，按{mod.stale:g}倍计分")
        return replace(
            found,
            weight=weight,
            red_line=red_line,
            floor=floor,
            notes=tuple(notes),
            dated=dated,
            settled=settled,
        )


def field_evidence(
    texts: Sequence[TextField], rules: Rules, dispute_type: DisputeType | None = None
) -> list[tuple[TextField, list[Evidence]]]:
    """Evidence field by field; texts older than the newest by stale_after_days weigh less."""
    dates = [t.on for t in texts if t.on is not None]
    newest = max(dates) if dates else None
    found = []
    for field in texts:
        age = (newest - field.on).days if newest is not None and field.on is not None else None
        found.append((field, _evidence(field, rules, dispute_type, age)))
    return found


def _evidence(
    field: TextField, rules: Rules, dispute_type: DisputeType | None, age: int | None
) -> list[Evidence]:
    """A field's evidence, computed once per text, type and staleness (see ``memo``)."""
    stale = age if age is not None and age > rules.modifiers.stale_after_days else None
    key = (field.field, field.label, field.text, dispute_type, stale)
    found = _EVIDENCE.get(rules, key, lambda: tuple(_Scan(field, rules, dispute_type, stale).evidence()))
    return list(found)


def text_evidence(
    texts: Sequence[TextField], rules: Rules, dispute_type: DisputeType | None = None
) -> list[Evidence]:
    """Evidence from every field, in field order."""
    return [e for _, found in field_evidence(texts, rules, dispute_type) for e in found]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def calmed_text(text: str, evidence: Sequence[Evidence]) -> str:
    """The normalised text with every clause the rules ruled out or found settled blanked.

    What the rules read as negated ("没有动手"), refuted or settled must not raise risk
    through another reader either, so the similarity model sees these as blanks: the hit
    and the words of its clause before it ("没有随身带着剔骨尖刀"), which would otherwise
    still read like the labelled threats they came from.
    """
    chars = list(normalise(text))
    for item in evidence:
        if (item.ruled_out or item.settled) and item.start is not None and item.end is not None:
            start = _clause_start(chars, item.start)
            chars[start : item.end] = BLANK * (item.end - start)
    return "".join(chars)


def _clause_start(chars: list[str], at: int) -> int:
    start = at
    while start > 0 and chars[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    return start
