"""A horizontal bar chart drawn with QPainter, so figures need no charting dependency.

Every bar carries its label and its numbers as text, and the part (e.g. succeeded out of
mediated) is a darker bar inside the whole: the chart reads the same without colour, and
its accessible description lists every bar for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.badges import ACCENT
from ui.widgets import DATA_PROPERTY

ROW = 22
GAP = 6
MARGIN = 8
LIGHT = QColor("#b9d3e3")


@dataclass(frozen=True)
class Bar:
    """``part`` is drawn inside ``value`` (None: no part); ``text`` goes after the bar."""

    label: str
    value: int
    part: int | None = None
    text: str = ""


class BarChart(QWidget):
    """Bars from top to bottom in the given order; ``legend`` names the whole and the part."""

    def __init__(self, parent: QWidget | None = None, *, row: int = ROW, gap: int = GAP) -> None:
        super().__init__(parent)
        self.setObjectName("bar-chart")
        self.row, self.gap = row, gap
        self.bars: tuple[Bar, ...] = ()
        self.legend: tuple[str, str] | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach it

    def set_bars(self, bars: Sequence[Bar], legend: tuple[str, str] | None = None,
                 empty_text: str = "") -> None:
        self.bars = tuple(bars)
        self.legend = legend
        self.empty_text = empty_text
        line = QCoreApplication.translate("BarChart", "{0}：{1}")
        lines = [line.format(b.label, b.text or b.value) for b in self.bars]
        self.setAccessibleDescription("\n".join(lines) or empty_text)
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def _rows(self) -> int:
        return max(len(self.bars), 1) + (1 if self.legend else 0)

    def sizeHint(self) -> QSize:
        return QSize(420, 2 * MARGIN + self._rows() * (self.row + self.gap))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        width = self.width() - 2 * MARGIN
        y = MARGIN
        if self.legend:
            self._legend(painter, metrics, y, text_colour)
            y += self.row + self.gap
        if not self.bars:
            painter.setPen(QColor("#6b6b6b"))
            painter.drawText(QRectF(MARGIN, y, width, self.row), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, self.empty_text)
            return
        label_w = min(max(metrics.horizontalAdvance(b.label) for b in self.bars) + 10,
                      width // 3)
        text_w = max(metrics.horizontalAdvance(b.text or str(b.value)) for b in self.bars) + 10
        bar_w = max(width - label_w - text_w, 20)
        top = max((b.value for b in self.bars), default=0) or 1
        for bar in self.bars:
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 6)
            painter.drawText(QRectF(MARGIN, y, label_w - 6, self.row), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
            x = MARGIN + label_w
            whole = bar_w * bar.value / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LIGHT)
            painter.drawRect(QRectF(x, y + 3, whole, self.row - 6))
            if bar.part:
                painter.setBrush(ACCENT)
                painter.drawRect(QRectF(x, y + 3, bar_w * bar.part / top, self.row - 6))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + whole + 6, y, text_w, self.row), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, bar.text or str(bar.value))
            y += self.row + self.gap

    def _legend(self, painter: QPainter, metrics: QFontMetrics, y: int,
                text_colour: QColor) -> None:
        assert self.legend is not None
        x = MARGIN
        for colour, text in zip((LIGHT, ACCENT), self.legend, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y + self.row / 4, 14, self.row / 2))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 20, y, metrics.horizontalAdvance(text) + 4, self.row),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += 20 + metrics.horizontalAdvance(text) + 24


class Tiles(QWidget):
    """Headline figures side by side, each a caption over a large number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure-tiles")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}

    def set_tiles(self, tiles: Sequence[tuple[str, str, str]]) -> None:
        """``(name, caption, value)`` each; the name is the value label's object name."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.values.clear()
        for name, caption, value in tiles:
            tile = QFrame(self)
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(tile)
            box.setContentsMargins(10, 6, 10, 6)
            title = QLabel(caption, tile)
            title.setStyleSheet("color: #555555;")
            number = QLabel(value, tile)
            number.setObjectName(name)
            number.setStyleSheet(f"font-size: 20px; font-weight: bold; color: {ACCENT.name()};")
            number.setAccessibleName(caption)
            number.setProperty(DATA_PROPERTY, True)  # figures, not words
            title.setBuddy(number)
            box.addWidget(title)
            box.addWidget(number)
            self._layout.addWidget(tile)
            self.values[name] = number
        self._layout.addStretch(1)
