"""The detail pane: everything a nurse needs to act on one service, as plain text.

Fills the widgets of the Designer form (``detail*`` and ``*Value`` in mainwindow.ui). Every
piece of catalogue text goes through ``text.wrappable`` into a ``Qt.PlainText`` label; the
contact links that may open (https, tel, mailto) become buttons that ask first, anything
else stays inert text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTime, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from hytedesk.catalogue.catdb import distance_km, text_in
from hytedesk.catalogue.schedule import Occurrence, collect_schedules, next_sessions
from hytedesk.ui.code_labels import day_text, fill, language_label, mode_label
from hytedesk.ui.links import Link, email_link, phone_links, web_link
from hytedesk.ui.safe_text import button_text, plain_tooltip, wrappable
from hytedesk.ui.translation import locale_for

DESCRIPTION_CHARS = 4000
FIELD_CHARS = 1000
SESSIONS = 3
STALE_DAYS = 365  # information checked longer ago than this is flagged
# fee texts that only repeat "free of charge" (in any of the catalogue's languages)
SAYS_FREE = {"maksuton", "maksutonta", "ilmainen", "avgiftsfri", "avgiftsfritt", "gratis",
             "kostnadsfri", "kostnadsfritt", "free", "free of charge"}


@dataclass(frozen=True)
class Origin:
    """The place distances are measured from."""

    name: str
    lat: float
    lon: float


def _s(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _list(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


class WrapButton(QPushButton):
    """A flat link button whose text wraps to the pane's width instead of being cut.

    The text is drawn by a word-wrapped plain-text label inside the button; the button
    keeps a button's keyboard focus, Space/Enter activation and accessible role."""

    MARGIN = 3

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.label.font()
        font.setUnderline(True)
        self.label.setFont(font)
        self.label.setText(wrappable(text, FIELD_CHARS))
        self.setText(button_text(text, FIELD_CHARS))  # what text() and tests read
        self.setFlat(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text_shown(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(max(1, width - 2 * self.MARGIN)) + 2 * self.MARGIN

    def sizeHint(self) -> QSize:
        hint = self.label.sizeHint()
        return QSize(hint.width() + 2 * self.MARGIN, hint.height() + 2 * self.MARGIN)

    def minimumSizeHint(self) -> QSize:
        line = self.label.fontMetrics().height()
        return QSize(self.label.fontMetrics().averageCharWidth() * 12 + 2 * self.MARGIN,
                     line + 2 * self.MARGIN)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the wrapping label draws it
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect().adjusted(self.MARGIN, self.MARGIN,
                                                    -self.MARGIN, -self.MARGIN))
        super().resizeEvent(event)


class DetailPresenter(QObject):
    linkActivated = Signal(object)  # Link

    def __init__(self, ui: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.contact_widgets: list[QWidget] = []
        self.links: list[Link] = []
        title_font = ui.detailTitle.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        ui.detailTitle.setFont(title_font)
        gap = ui.whatHeading.fontMetrics().height() // 2
        for heading in (ui.whatHeading, ui.whoHeading, ui.whereHeading, ui.whenHeading,
                        ui.howHeading, ui.costHeading, ui.contactHeading, ui.checkedHeading):
            heading.setContentsMargins(0, gap, 0, 0)
            heading.setWordWrap(True)  # a long heading must not widen the pane
        ui.contactLayout.setSpacing(0)
        ui.detailAlert.setStyleSheet("QLabel { background: #fff4ce; color: #3b2e00; "
                                     "border: 1px solid #d08a00; }")
        self.clear()

    # -- the pane -------------------------------------------------------------------------

    def clear(self) -> None:
        ui = self.ui
        ui.detailPlaceholder.show()
        for w in (ui.detailTitle, ui.detailFlags, ui.detailAlert, ui.detailBody):
            w.hide()
        self._clear_contacts()

    def show_service(self, service: Mapping[str, Any] | None, *, lang: str,
                     term_names: Mapping[str, str], origin: Origin | None,
                     now: datetime) -> None:
        if service is None:
            self.clear()
            return
        ui = self.ui
        ui.detailPlaceholder.hide()
        ui.detailTitle.setText(wrappable(text_in(dict(service), "name", lang), FIELD_CHARS))
        ui.detailTitle.show()

        flags = []
        if service.get("status") == "temporarily closed":
            flags.append(self.tr("Temporarily closed."))
        if (service.get("hytedesk") or {}).get("sample"):
            flags.append(self.tr("Sample entry: invented for trying out the app. "
                                 "Do not refer clients to it."))
        ui.detailFlags.setText("\n".join(flags))
        ui.detailFlags.setVisible(bool(flags))

        alert = text_in(dict(service), "alert", lang)
        ui.detailAlert.setText(wrappable(fill(self.tr("Notice: %1"), alert), FIELD_CHARS)
                               if alert else "")
        ui.detailAlert.setVisible(bool(alert))

        ui.whatValue.setText(self._what(service, lang, term_names))
        ui.whoValue.setText(self._who(service, lang, term_names))
        ui.whereValue.setText(self._where(service, lang, origin))
        ui.whenValue.setText(self._when(service, lang, now))
        ui.howValue.setText(self._how(service, lang))
        ui.costValue.setText(self._cost(service, lang))
        ui.checkedValue.setText(self._checked(service, lang, now))
        self._contacts(service, lang)
        ui.detailBody.show()

    # -- sections -------------------------------------------------------------------------

    def _what(self, s: Mapping[str, Any], lang: str, terms: Mapping[str, str]) -> str:
        parts = []
        desc = text_in(dict(s), "description", lang)
        parts.append(wrappable(desc, DESCRIPTION_CHARS) if desc else self.tr("No description."))
        ids = [a.get("taxonomy_term_id") for a in _list(s.get("attributes"))]
        themes = [terms[i] for i in ids if isinstance(i, str) and i.startswith("hyte-theme:")
                  and i in terms]
        situations = [terms[i] for i in ids if isinstance(i, str)
                      and i.startswith("life-situation:") and i in terms]
        if themes:
            parts.append(fill(self.tr("Priority area: %1"), ", ".join(themes)))
        if situations:
            parts.append(fill(self.tr("Life situations: %1"), ", ".join(situations)))
        return "\n\n".join(parts)

    def _who(self, s: Mapping[str, Any], lang: str, terms: Mapping[str, str]) -> str:
        org = s.get("organization")
        name = text_in(dict(org), "name", lang) if isinstance(org, Mapping) else ""
        ids = [a.get("taxonomy_term_id") for a in _list(s.get("attributes"))]
        kinds = [terms[i] for i in ids if isinstance(i, str) and i.startswith("provider-type:")
                 and i in terms]
        text = name or self.tr("Not given.")
        if kinds:
            text += f" ({', '.join(kinds)})"
        return wrappable(text, FIELD_CHARS)

    def _where(self, s: Mapping[str, Any], lang: str, origin: Origin | None) -> str:
        loc_lines = []
        locale = locale_for(lang)
        for sal in _list(s.get("service_at_locations")):
            loc = sal.get("location")
            if not isinstance(loc, Mapping):
                continue
            lines = []
            name = text_in(dict(loc), "name", lang)
            if name:
                lines.append(name)
            addrs = _list(loc.get("addresses"))
            if addrs:
                a = addrs[0]
                street = _s(a.get("address_1"))
                town = " ".join(x for x in (_s(a.get("postal_code")), _s(a.get("city"))) if x)
                line = ", ".join(x for x in (street, town) if x)
                if line:
                    lines.append(line)
            lat, lon = loc.get("latitude"), loc.get("longitude")
            if origin is not None and isinstance(lat, (int, float)) and isinstance(
                    lon, (int, float)):
                km = distance_km(origin.lat, origin.lon, float(lat), float(lon))
                shown = locale.toString(km, "f", 1 if km < 10 else 0)
                lines.append(fill(self.tr("%1 km from %2 (straight line)"), shown, origin.name))
            if lines:
                loc_lines.append("\n".join(lines))
        areas = [_s(a.get("name")) for a in _list(s.get("service_areas")) if _s(a.get("name"))]
        if areas:
            loc_lines.append(fill(self.tr("Serves: %1"), ", ".join(areas)))
        if not loc_lines:
            return self.tr("No fixed place given.")
        return wrappable("\n\n".join(loc_lines), FIELD_CHARS * 3)

    def _format_session(self, o: Occurrence, lang: str) -> str:
        locale = locale_for(lang)
        day = locale.dayName(o.start.isoweekday(), locale.FormatType.ShortFormat)
        on = day_text(o.start.date())
        if o.all_day:
            text = fill(self.tr("%1 %2, all day"), day, on)
        else:
            start = locale.toString(QTime(o.start.hour, o.start.minute),
                                    locale.FormatType.ShortFormat)
            if o.end is not None:
                end = locale.toString(QTime(o.end.hour, o.end.minute),
                                      locale.FormatType.ShortFormat)
                text = fill(self.tr("%1 %2, %3–%4"), day, on, start, end)
            else:
                text = fill(self.tr("%1 %2 from %3"), day, on, start)
        return text

    def _when(self, s: Mapping[str, Any], lang: str, now: datetime) -> str:
        if s.get("status") == "temporarily closed":
            # listing sessions of a closed service would send a client to a locked door
            return self.tr("Temporarily closed: no sessions now. Ask the organiser when it "
                           "opens again.")
        schedules = collect_schedules(s)
        sessions = next_sessions(schedules, now, SESSIONS)
        lines = [self._format_session(o, lang) for o in sessions]
        notes: list[str] = []
        for sched in schedules:
            note = text_in(dict(sched), "description", lang)
            if note and note not in notes:
                notes.append(note)
        if not lines and not notes:
            return self.tr("No regular sessions listed. Ask the organiser.")
        if notes:
            lines.append("")
            lines.extend(notes)
        return wrappable("\n".join(lines), FIELD_CHARS)

    def _how(self, s: Mapping[str, Any], lang: str) -> str:
        ids = [a.get("taxonomy_term_id") for a in _list(s.get("attributes"))]
        modes = [i.split(":", 1)[1] for i in ids if isinstance(i, str) and i.startswith("mode:")]
        parts = []
        if modes:
            shown = ", ".join(mode_label(m) for m in modes)
            parts.append(shown[:1].upper() + shown[1:])
        langs = [_s(x.get("code")) for x in _list(s.get("languages")) if _s(x.get("code"))]
        if langs:
            parts.append(fill(self.tr("Languages: %1"),
                              ", ".join(language_label(c) for c in langs)))
        lo, hi = s.get("minimum_age"), s.get("maximum_age")
        if isinstance(lo, int) and isinstance(hi, int):
            parts.append(fill(self.tr("Ages %1–%2"), lo, hi))
        elif isinstance(lo, int):
            parts.append(fill(self.tr("Aged %1 or over"), lo))
        elif isinstance(hi, int):
            parts.append(fill(self.tr("Aged up to %1"), hi))
        for field in ("eligibility_description", "application_process"):
            value = text_in(dict(s), field, lang)
            if value:
                parts.append(value)
        if (s.get("hytedesk") or {}).get("referral_required"):
            parts.append(self.tr("A referral is needed."))
        if not parts:
            return self.tr("Ask the organiser.")
        return wrappable("\n".join(parts), FIELD_CHARS * 2)

    def _cost(self, s: Mapping[str, Any], lang: str) -> str:
        locale = locale_for(lang)
        options = _list(s.get("cost_options"))
        amounts = [o.get("amount") for o in options if isinstance(o.get("amount"), (int, float))]
        lines = []
        if amounts and all(a == 0 for a in amounts):
            lines.append(self.tr("Free of charge."))
        else:
            for o in options:
                amount = o.get("amount")
                label = text_in(dict(o), "option", lang)
                desc = text_in(dict(o), "amount_description", lang)
                if isinstance(amount, (int, float)):
                    money = locale.toCurrencyString(float(amount), "€")
                    lines.append(f"{label}: {money}" if label else money)
                elif label or desc:
                    lines.append(label or desc)
        fees = text_in(dict(s), "fees_description", lang)
        free = bool(amounts) and all(a == 0 for a in amounts)
        if fees and not (free and fees.strip(" .!").casefold() in SAYS_FREE):
            lines.append(fees)
        if not lines:
            return self.tr("Not given. Ask the organiser.")
        return wrappable("\n".join(lines), FIELD_CHARS)

    def _checked(self, s: Mapping[str, Any], lang: str, now: datetime) -> str:
        raw = _s(s.get("assured_date"))
        try:
            d = date.fromisoformat(raw[:10])
        except ValueError:
            return self.tr("Not recorded.") if not raw else wrappable(raw, 40)
        shown = day_text(d)
        if (now.date() - d).days > STALE_DAYS:
            shown = fill(self.tr("%1: over a year ago, check the details before referring"),
                         shown)
        return shown

    # -- contacts -------------------------------------------------------------------------

    def _clear_contacts(self) -> None:
        for w in self.contact_widgets:
            self.ui.contactLayout.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.contact_widgets = []
        self.links = []

    def _collect_links(self, s: Mapping[str, Any], lang: str) -> list[tuple[Link, str]]:
        found: list[tuple[Link, str]] = []

        def phones(owner: Mapping[str, Any]) -> None:
            for p in _list(owner.get("phones")):
                number = _s(p.get("number"))
                if number:
                    note = text_in(dict(p), "description", lang)
                    found.extend((link, note) for link in phone_links(number))

        phones(s)
        for sal in _list(s.get("service_at_locations")):
            loc = sal.get("location")
            if isinstance(loc, Mapping):
                phones(loc)
        if _s(s.get("email")):
            found.append((email_link(_s(s.get("email"))), ""))
        if _s(s.get("url")):
            found.append((web_link(_s(s.get("url"))), ""))
        org = s.get("organization")
        if isinstance(org, Mapping):
            phones(org)
            if _s(org.get("email")):
                found.append((email_link(_s(org.get("email"))), ""))
            for key in ("website", "url"):
                if _s(org.get(key)):
                    found.append((web_link(_s(org.get(key))), ""))
        seen: set[tuple[str, str]] = set()
        out = []
        for link, note in found:
            if (link.kind, link.shown) not in seen:
                seen.add((link.kind, link.shown))
                out.append((link, note))
        return out

    def kind_label(self, kind: str) -> str:
        return {"phone": self.tr("Phone"), "email": self.tr("E-mail"),
                "web": self.tr("Web")}.get(kind, kind)

    def _contacts(self, s: Mapping[str, Any], lang: str) -> None:
        self._clear_contacts()
        layout = self.ui.contactLayout
        parent = self.ui.contactBox
        for link, note in self._collect_links(s, lang):
            shown = f"{self.kind_label(link.kind)}: {link.shown}"
            if note:
                shown += f" ({note})"
            widget: QWidget
            if link.url is not None:
                button = WrapButton(shown, parent)
                button.setObjectName("contactLink")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setToolTip(plain_tooltip(fill(self.tr("Opens %1"), link.address)))
                button.setAccessibleName(shown)
                button.setAccessibleDescription(self.tr("Asks before opening the address."))
                button.clicked.connect(lambda _=False, lk=link: self.linkActivated.emit(lk))
                widget = button
                self.links.append(link)
            else:
                label = QLabel(parent)
                label.setObjectName("inertLink")
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setText(wrappable(shown, FIELD_CHARS) + "\n"
                              + self.tr("(not opened: only https, phone and e-mail links open)"))
                label.setAccessibleName(shown)
                widget = label
            layout.addWidget(widget)
            self.contact_widgets.append(widget)
        if not self.contact_widgets:
            label = QLabel(self.tr("No contact details given."), parent)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
            self.contact_widgets.append(label)
