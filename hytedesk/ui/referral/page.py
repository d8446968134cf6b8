"""The referral page: client context → checklist → recommendations → handout → record.

No field anywhere asks for a client's name, personal identity code, address or phone.
Recommendations, the handout document, the PDF and the saved record are made on the
referral worker thread (tasks.py); this page only shows and collects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hytedesk.base import i18n
from hytedesk.referrals.checklist import Checklist, load_checklist
from hytedesk.referrals.handout import Handout, build_blocks, build_html, unused_file_name
from hytedesk.referrals.model import (
    AGE_BANDS,
    ClientContext,
    Referral,
    ServiceRef,
    UnmetNeed,
)
from hytedesk.referrals.recommend import Recommendation, recommend, unmet_needs
from hytedesk.referrals.store import HELSINKI, save_referral, set_handout
from hytedesk.referrals.workflow import context_place, details_for
from hytedesk.ui.code_labels import day_text, fill
from hytedesk.ui.referral.pdf import print_html, render_pdf
from hytedesk.ui.referral.tasks import Resources, TaskRunner

log = logging.getLogger(__name__)

NOTICE_STYLE = ("QLabel { background: #fde2e1; color: #5c0a05; border: 1px solid #b3261e; "
                "border-radius: 3px; padding: 6px; font-weight: bold; }")
ERROR_STYLE = "QLabel { color: #8c1d18; font-weight: bold; }"
# the help under each situation: set apart by indent and italics, in the full text colour
# (a pale grey fell below the 4.5:1 contrast of WCAG AA)
HELP_STYLE = "QLabel { margin-left: 24px; font-style: italic; }"
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_CRISIS = Qt.ItemDataRole.UserRole + 1
LANG_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}  # each in itself


@dataclass
class Suggestion:
    service_id: str
    name: str
    local: bool
    crisis: bool
    reasons: list[str]
    reason_codes: tuple[str, ...]
    organization: str = ""
    added: bool = False


@dataclass
class ReferralState:
    """The referral being edited (lost on a crash, never earlier ones)."""

    recommended: list[Suggestion] = field(default_factory=list)
    unmet: list[UnmetNeed] = field(default_factory=list)
    handout: str | None = None
    html: str = ""
    saved_id: int | None = None


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ReferralPage(QWidget):
    referralSaved = Signal(int)
    busyChanged = Signal(bool)
    recommendationsShown = Signal(int)
    previewShown = Signal()
    pdfSaved = Signal(str)
    failed = Signal(str)

    STEPS = 4

    def __init__(self, host: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralPage")
        self.host = host
        self.runner = runner
        self.checklist: Checklist | None = None
        self.state = ReferralState()
        self.item_boxes: dict[str, QCheckBox] = {}
        self.help_labels: dict[str, QLabel] = {}
        self.group_boxes: dict[str, QGroupBox] = {}
        self.ask_pdf_path: Callable[[], Path | None] = self._ask_pdf_path
        self.ask_printer: Callable[[], QPrinter | None] = self._ask_printer
        self.place_chosen = False  # the nurse picked the client's place on step 1
        self.pdf_folder: Path | None = None  # where the last handout PDF went
        self._build()
        self.load_checklist()
        self._load_places()
        self.load_defaults()
        self.retranslate()
        self.show_step(0)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.stepLabel = plain_label()
        self.stepLabel.setObjectName("stepLabel")
        font = self.stepLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.stepLabel.setFont(font)
        outer.addWidget(self.stepLabel)
        self.errorLabel = plain_label()
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setStyleSheet(ERROR_STYLE)
        self.errorLabel.hide()
        outer.addWidget(self.errorLabel)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_context())
        self.stack.addWidget(self._build_checklist())
        self.stack.addWidget(self._build_recommendations())
        self.stack.addWidget(self._build_handout())
        nav = QHBoxLayout()
        self.newButton = QPushButton(self)
        self.newButton.setObjectName("newReferralButton")
        self.newButton.clicked.connect(self.reset)
        self.backButton = QPushButton(self)
        self.backButton.setObjectName("backButton")
        self.backButton.clicked.connect(lambda: self.show_step(self.stack.currentIndex() - 1))
        self.nextButton = QPushButton(self)
        self.nextButton.setObjectName("nextButton")
        self.nextButton.setDefault(True)
        self.nextButton.clicked.connect(self.next_step)
        self.statusLabel = plain_label()
        self.statusLabel.setObjectName("referralStatus")
        nav.addWidget(self.newButton)
        nav.addWidget(self.statusLabel, 1)
        nav.addWidget(self.backButton)
        nav.addWidget(self.nextButton)
        outer.addLayout(nav)

    def _build_context(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.privacyLabel = plain_label()
        self.privacyLabel.setObjectName("privacyLabel")
        layout.addWidget(self.privacyLabel)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.municipalityCombo = QComboBox(page)
        self.municipalityCombo.setObjectName("municipalityCombo")
        self.municipalityCombo.currentIndexChanged.connect(lambda _i: self._fill_villages())
        self.placeCombo = QComboBox(page)
        self.placeCombo.setObjectName("placeCombo")
        # Chosen by the nurse here: from then on the search's place no longer overrides it.
        for combo in (self.municipalityCombo, self.placeCombo):
            combo.activated.connect(lambda _i: setattr(self, "place_chosen", True))
        self.ageCombo = QComboBox(page)
        self.ageCombo.setObjectName("ageCombo")
        for band in AGE_BANDS:
            self.ageCombo.addItem(band, band)
        self.ageCombo.setCurrentIndex(AGE_BANDS.index("75+"))
        travel = QHBoxLayout()
        self.inPersonCheck = QCheckBox(page)
        self.inPersonCheck.setObjectName("inPersonCheck")
        self.inPersonCheck.setChecked(True)
        self.kmSpin = QSpinBox(page)
        self.kmSpin.setObjectName("kmSpin")
        self.kmSpin.setRange(1, 500)
        self.kmSpin.setValue(30)
        self.kmSpin.setSuffix(" km")
        self.inPersonCheck.toggled.connect(self.kmSpin.setEnabled)
        travel.addWidget(self.inPersonCheck)
        travel.addWidget(self.kmSpin)
        travel.addStretch(1)
        self.phoneCheck = QCheckBox(page)
        self.phoneCheck.setObjectName("phoneCheck")
        self.videoCheck = QCheckBox(page)
        self.videoCheck.setObjectName("videoCheck")
        self.homeVisitCheck = QCheckBox(page)
        self.homeVisitCheck.setObjectName("homeVisitCheck")
        self.languageCombo = QComboBox(page)
        self.languageCombo.setObjectName("clientLanguageCombo")
        for code, name in LANG_NAMES.items():
            self.languageCombo.addItem(name, code)
        # The handout is in the client's language (it can still be changed in step 4).
        self.languageCombo.currentIndexChanged.connect(lambda _i: self._follow_client_language())
        self.labels_context = [QLabel(page) for _ in range(5)]
        for lab, w in zip(self.labels_context, (self.municipalityCombo, self.placeCombo,
                                                 self.ageCombo, None, self.languageCombo),
                          strict=True):
            if w is not None:
                lab.setBuddy(w)
        form.addRow(self.labels_context[0], self.municipalityCombo)
        form.addRow(self.labels_context[1], self.placeCombo)
        form.addRow(self.labels_context[2], self.ageCombo)
        ways = QVBoxLayout()
        ways.addLayout(travel)
        for check in (self.phoneCheck, self.videoCheck, self.homeVisitCheck):
            ways.addWidget(check)
        form.addRow(self.labels_context[3], ways)
        form.addRow(self.labels_context[4], self.languageCombo)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_checklist(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.redFlagNotice = plain_label()
        self.redFlagNotice.setObjectName("redFlagNotice")
        self.redFlagNotice.setStyleSheet(NOTICE_STYLE)
        self.redFlagNotice.hide()
        layout.addWidget(self.redFlagNotice)
        self.checklistScroll = QScrollArea(page)
        self.checklistScroll.setWidgetResizable(True)
        self.checklistBody = QWidget()
        self.checklistLayout = QVBoxLayout(self.checklistBody)
        self.checklistScroll.setWidget(self.checklistBody)
        layout.addWidget(self.checklistScroll, 1)
        return page

    def _build_recommendations(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.crisisNotice = plain_label()
        self.crisisNotice.setObjectName("crisisNotice")
        self.crisisNotice.setStyleSheet(NOTICE_STYLE)
        self.crisisNotice.hide()
        layout.addWidget(self.crisisNotice)
        self.recommendHint = plain_label()
        layout.addWidget(self.recommendHint)
        self.recommendationList = QListWidget(page)
        self.recommendationList.setObjectName("recommendationList")
        self.recommendationList.setWordWrap(True)
        self.recommendationList.setAlternatingRowColors(True)
        self.recommendationList.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection)
        line = self.fontMetrics().height()
        # room for three two-line suggestions, whatever else the page shows
        self.recommendationList.setMinimumHeight(line * 7)
        # the unmet-need box sits under the list in a splitter and gives way first
        self.recommendSplit = QSplitter(Qt.Orientation.Vertical, page)
        self.recommendSplit.setObjectName("recommendSplit")
        self.recommendSplit.setChildrenCollapsible(False)
        self.recommendSplit.addWidget(self.recommendationList)
        layout.addWidget(self.recommendSplit, 1)
        buttons = QHBoxLayout()
        self.addFromSearchButton = QPushButton(page)
        self.addFromSearchButton.setObjectName("addFromSearchButton")
        self.addFromSearchButton.clicked.connect(self.add_from_search)
        self.removeButton = QPushButton(page)
        self.removeButton.setObjectName("removeButton")
        self.removeButton.clicked.connect(self.remove_selected)
        buttons.addWidget(self.addFromSearchButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.unmetBox = QGroupBox(page)
        self.unmetBox.setObjectName("unmetBox")
        unmet_layout = QVBoxLayout(self.unmetBox)
        self.unmetLabel = plain_label()
        # a wrapped label tells the splitter how tall it must stay at its current width
        self.unmetLabel.installEventFilter(self)
        self.unmetList = QListWidget(self.unmetBox)
        self.unmetList.setObjectName("unmetList")
        self.unmetList.setMinimumHeight(line * 2)
        self.unmetList.setMaximumHeight(line * 6)
        unmet_layout.addWidget(self.unmetLabel)
        unmet_layout.addWidget(self.unmetList, 1)
        self.unmetBox.hide()
        self.recommendSplit.addWidget(self.unmetBox)
        self.recommendSplit.setStretchFactor(0, 1)
        self.recommendSplit.setStretchFactor(1, 0)
        return page

    def _build_handout(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        options = QHBoxLayout()
        self.largeCheck = QCheckBox(page)
        self.largeCheck.setObjectName("largeCheck")
        self.largeCheck.toggled.connect(lambda _c: self.refresh_preview())
        self.handoutLanguageLabel = QLabel(page)
        self.handoutLanguageCombo = QComboBox(page)
        self.handoutLanguageCombo.setObjectName("handoutLanguageCombo")
        for code, name in LANG_NAMES.items():
            self.handoutLanguageCombo.addItem(name, code)
        self.handoutLanguageLabel.setBuddy(self.handoutLanguageCombo)
        self.handoutLanguageCombo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        options.addWidget(self.largeCheck)
        options.addSpacing(20)
        options.addWidget(self.handoutLanguageLabel)
        options.addWidget(self.handoutLanguageCombo)
        options.addStretch(1)
        layout.addLayout(options)
        self.preview = QTextBrowser(page)
        self.preview.setObjectName("handoutPreview")
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        self.printButton = QPushButton(page)
        self.printButton.setObjectName("printButton")
        self.printButton.clicked.connect(lambda: self.print_handout())
        self.pdfButton = QPushButton(page)
        self.pdfButton.setObjectName("pdfButton")
        self.pdfButton.clicked.connect(lambda: self.save_pdf())
        self.saveButton = QPushButton(page)
        self.saveButton.setObjectName("saveReferralButton")
        self.saveButton.clicked.connect(self.save_referral)
        buttons.addWidget(self.printButton)
        buttons.addWidget(self.pdfButton)
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        layout.addLayout(buttons)
        return page

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Referral"))
        self.kmSpin.setAccessibleName(self.tr("Largest travel distance"))
        self.checklistScroll.setAccessibleName(self.tr("Situations of the client"))
        self.recommendationList.setAccessibleName(self.tr("Suggested services"))
        self.unmetList.setAccessibleName(self.tr("Unmet needs"))
        self.preview.setAccessibleName(self.tr("Handout preview"))
        self.privacyLabel.setText(self.tr(
            "Who are the services for? Nothing here identifies the client: no name, personal "
            "identity code, address or phone is asked or stored."))
        for lab, text in zip(self.labels_context, (
                self.tr("&Municipality:"), self.tr("&Village or place:"),
                self.tr("&Age band:"), self.tr("Can take part:"),
                self.tr("Client's &language:")), strict=True):
            lab.setText(text)
        bands = {"under-18": self.tr("under 18"), "18-29": self.tr("18–29"),
                 "30-64": self.tr("30–64"), "65-74": self.tr("65–74"), "75+": self.tr("75 or over")}
        for i, band in enumerate(AGE_BANDS):
            self.ageCombo.setItemText(i, bands[band])
        self.inPersonCheck.setText(self.tr("In &person, travelling up to"))
        self.phoneCheck.setText(self.tr("By ph&one"))
        self.videoCheck.setText(self.tr("By vi&deo"))
        self.homeVisitCheck.setText(self.tr("&Home visits"))
        self.redFlagNotice.setText(self.tr(
            "Safety first: crisis and victim-support contacts will be shown at the top. If "
            "anyone's life or health is in danger now, call 112."))
        self.crisisNotice.setText(self.tr(
            "Safety first: the crisis and victim-support contacts are at the top of the list, "
            "ticked for the handout (untick any you do not want to give). If anyone's life "
            "or health is in danger now, call 112."))
        self.recommendHint.setText(self.tr(
            "Tick the services to give the client (1–3 is usually enough). Each shows why it "
            "was suggested."))
        self.addFromSearchButton.setText(self.tr("&Add the service selected in Search"))
        self.removeButton.setText(self.tr("&Remove from the list"))
        self.unmetBox.setTitle(self.tr("Unmet need"))
        self.unmetLabel.setText(self.tr(
            "Nothing suitable was found within the client's reach for these situations. "
            "Ticked ones are recorded as unmet needs for the region's report."))
        self.largeCheck.setText(self.tr("&Large type"))
        self.handoutLanguageLabel.setText(self.tr("Handout lan&guage:"))
        self.printButton.setText(self.tr("&Print…"))
        self.pdfButton.setText(self.tr("Save as P&DF…"))
        self.saveButton.setText(self.tr("&Save the referral"))
        self.newButton.setText(self.tr("New re&ferral"))
        self.backButton.setText(self.tr("< &Back"))
        self.nextButton.setText(self.tr("&Next >"))
        self._update_step_label()
        self._fill_checklist_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        label = self.unmetLabel
        if watched is label and event.type() == QEvent.Type.Resize \
                and label.width() >= label.fontMetrics().averageCharWidth() * 30:
            need = label.heightForWidth(label.width())
            if need != label.minimumHeight():
                label.setMinimumHeight(need)
        return super().eventFilter(watched, event)

    @property
    def ui_language(self) -> str:
        return str(getattr(self.host, "language", None) or i18n.language())

    def _update_step_label(self) -> None:
        titles = (self.tr("Client"), self.tr("Situations"), self.tr("Services"),
                  self.tr("Handout and record"))
        step = self.stack.currentIndex()
        self.stepLabel.setText(fill(self.tr("Step %1 of %2: %3"), step + 1, self.STEPS,
                                    titles[step]))

    # -- catalogue data ---------------------------------------------------------------------

    def load_checklist(self) -> None:
        """Builds the checklist from the current catalogue (a small read on this thread)."""
        for box in self.group_boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.group_boxes.clear()
        self.item_boxes.clear()
        self.help_labels.clear()
        while self.checklistLayout.count():
            item = self.checklistLayout.takeAt(0)
            w = item.widget() if item else None
            if w is not None:
                w.deleteLater()
        try:
            self.checklist = load_checklist(self.host.session.conn)
        except i18n.UserError as exc:
            self.checklist = None
            self.checklistLayout.addWidget(plain_label(exc.text(self.ui_language)))
            return
        if not self.checklist.items():
            self.checklistLayout.addWidget(plain_label(self.tr(
                "The catalogue's checklist has no items. You can still add services from "
                "the search on the next step.")))
        for group in self.checklist.groups:
            box = QGroupBox(self.checklistBody)
            box.setObjectName(f"group-{group.id}")
            lay = QVBoxLayout(box)
            for entry in group.items:
                check = QCheckBox(box)
                check.setObjectName(f"item-{entry.id}")
                check.toggled.connect(lambda _c: self._update_red_flag())
                help_label = plain_label()
                help_label.setStyleSheet(HELP_STYLE)
                lay.addWidget(check)
                lay.addWidget(help_label)
                self.item_boxes[entry.id] = check
                self.help_labels[entry.id] = help_label
            self.group_boxes[group.id] = box
            self.checklistLayout.addWidget(box)
        self.checklistLayout.addStretch(1)
        self._fill_checklist_texts()

    def _fill_checklist_texts(self) -> None:
        if self.checklist is None:
            return
        lang = self.ui_language
        for group in self.checklist.groups:
            box = self.group_boxes.get(group.id)
            if box is not None:
                box.setTitle(group.text(lang))
            for item in group.items:
                check = self.item_boxes.get(item.id)
                if check is None:
                    continue
                mark = "⚠ " if item.red_flag else ""
                check.setText(mark + item.text(lang).replace("&", "&&"))
                check.setToolTip(item.help_text(lang))
                self.help_labels[item.id].setText(item.help_text(lang))

    def _load_places(self) -> None:
        conn = self.host.session.conn
        self.places = [tuple(r) for r in conn.execute(
            "SELECT id, name, name_sv, type, municipality FROM places ORDER BY name")]
        keep = self.municipalityCombo.currentData()
        self.municipalityCombo.blockSignals(True)
        self.municipalityCombo.clear()
        for muni in sorted({p[4] for p in self.places}, key=str.casefold):
            self.municipalityCombo.addItem(muni, muni)
        idx = self.municipalityCombo.findData(keep) if keep else -1
        self.municipalityCombo.setCurrentIndex(max(idx, 0))
        self.municipalityCombo.blockSignals(False)
        self._fill_villages()

    def _fill_villages(self) -> None:
        muni = self.municipalityCombo.currentData()
        self.placeCombo.clear()
        centre = [p for p in self.places if p[4] == muni and p[3] == "municipality"]
        others = [p for p in self.places if p[4] == muni and p[3] != "municipality"]
        for p in centre + others:
            name = (p[2] or p[1]) if self.ui_language == "sv" and p[2] else p[1]
            self.placeCombo.addItem(name, p[0])

    def load_defaults(self) -> None:
        """The client defaults of the settings (municipality, distance, language).

        They arrive from the worker thread a moment later; a field the nurse has already
        changed by then keeps her choice."""
        self._before_defaults = (self.municipalityCombo.currentData(), self.kmSpin.value(),
                                 self.languageCombo.currentData())
        self.runner.run(lambda r: (r.local.get("client.default_municipality"),
                                   r.local.get("referral.default_max_km"),
                                   r.local.get("referral.default_language")),
                        self._apply_defaults)

    def _apply_defaults(self, values: Any) -> None:
        if isinstance(values, str):
            return
        muni, km, lang = values
        was_muni, was_km, was_lang = self._before_defaults
        if muni and self.municipalityCombo.currentData() == was_muni:
            idx = self.municipalityCombo.findData(muni)
            if idx >= 0:
                self.municipalityCombo.setCurrentIndex(idx)
        if km and self.kmSpin.value() == was_km:
            self.kmSpin.setValue(int(km))
        idx = self.languageCombo.findData(lang)
        if idx >= 0 and self.languageCombo.currentData() == was_lang:
            self.languageCombo.setCurrentIndex(idx)
            self.handoutLanguageCombo.setCurrentIndex(idx)

    def reload_catalogue(self) -> None:
        ticked = self.ticked_items()
        self.load_checklist()
        self._load_places()
        for item_id in ticked:
            if item_id in self.item_boxes:
                self.item_boxes[item_id].setChecked(True)

    # -- state ------------------------------------------------------------------------------

    def set_client_place(self, place_id: str) -> None:
        for p in self.places:
            if p[0] == place_id:
                self.municipalityCombo.setCurrentIndex(self.municipalityCombo.findData(p[4]))
                self.placeCombo.setCurrentIndex(self.placeCombo.findData(place_id))
                return

    def context(self) -> ClientContext:
        modes = [m for m, box in (("in-person", self.inPersonCheck), ("phone", self.phoneCheck),
                                  ("video", self.videoCheck),
                                  ("home-visit", self.homeVisitCheck)) if box.isChecked()]
        return ClientContext(
            age_band=str(self.ageCombo.currentData()),
            municipality=self.municipalityCombo.currentData() or None,
            place_id=self.placeCombo.currentData() or None,
            max_km=float(self.kmSpin.value()) if self.inPersonCheck.isChecked() else None,
            modes=tuple(modes), language=str(self.languageCombo.currentData()),
        )

    def ticked_items(self) -> list[str]:
        return [i for i, box in self.item_boxes.items() if box.isChecked()]

    def chosen_ids(self) -> list[str]:
        out = []
        for row in range(self.recommendationList.count()):
            item = self.recommendationList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(ROLE_ID)))
        return out

    def _follow_client_language(self) -> None:
        idx = self.handoutLanguageCombo.findData(self.languageCombo.currentData())
        if idx >= 0:
            self.handoutLanguageCombo.setCurrentIndex(idx)

    def _update_red_flag(self) -> None:
        red = bool(self.checklist and self.checklist.red_flags(self.ticked_items()))
        self.redFlagNotice.setVisible(red)

    # -- navigation -------------------------------------------------------------------------

    def show_step(self, step: int) -> None:
        step = max(0, min(self.STEPS - 1, step))
        self.stack.setCurrentIndex(step)
        self.backButton.setEnabled(step > 0)
        self.nextButton.setVisible(step < self.STEPS - 1)
        self._update_step_label()
        self.errorLabel.hide()
        self.focus_first()

    def first_field(self) -> QWidget | None:
        """The field a nurse starts the current step with."""
        step = self.stack.currentIndex()
        return {0: self.municipalityCombo, 1: next(iter(self.item_boxes.values()), None),
                2: self.recommendationList, 3: self.largeCheck}.get(step)

    def focus_first(self) -> None:
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow_search(self, place_id: str | None, municipality: str | None) -> None:
        """The client's place follows the place (or municipality) chosen in the search,
        until the nurse picks one on step 1 herself or the referral is saved."""
        if self.place_chosen or self.state.saved_id is not None:
            return
        if place_id and any(p[0] == place_id for p in self.places):
            self.set_client_place(place_id)
        elif municipality:
            idx = self.municipalityCombo.findData(municipality)
            if idx >= 0:
                self.municipalityCombo.setCurrentIndex(idx)

    def next_step(self) -> None:
        step = self.stack.currentIndex()
        if step == 1:
            nothing = not self.ticked_items()
            self.show_step(2)
            if nothing:  # shown after the step changed (show_step hides old errors)
                self.show_error(self.tr("Tick at least one situation, or go on and add "
                                        "services from the search."))
            self.find_services()
        elif step == 2:
            self.show_step(3)
            self.refresh_preview()
        else:
            self.show_step(step + 1)

    def show_error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.show()
        self.failed.emit(text)

    def _set_busy(self, text: str) -> None:
        self.statusLabel.setText(text)
        self.busyChanged.emit(True)

    # -- recommendations --------------------------------------------------------------------

    def find_services(self) -> None:
        try:
            ctx = self.context()
        except i18n.UserError as exc:
            self.show_error(exc.text(self.ui_language))
            return
        ticked = self.ticked_items()
        checklist = self.checklist
        lang = self.ui_language
        self._set_busy(self.tr("Finding services…"))

        def work(r: Resources) -> tuple[list[Recommendation], list[UnmetNeed], list[str]]:
            if checklist is None or not ticked:
                return [], [], []
            recs = recommend(r.catalogue, ctx, ticked, local_conn=r.local.conn,
                             checklist=checklist)
            place = context_place(r.catalogue, ctx)
            muni = ctx.municipality or (place.municipality if place else None)
            unmet = unmet_needs(checklist, ctx, ticked, recs, municipality=muni)
            labels = [checklist.item(u.situation).text(lang)  # type: ignore[union-attr]
                      for u in unmet]
            return recs, unmet, labels

        self.runner.run(work, self._show_recommendations, self._task_failed)

    def _show_recommendations(self, result: Any) -> None:
        recs, unmet, labels = result
        lang = self.ui_language
        added = [s for s in self.state.recommended if s.added]
        self.state.recommended = [
            Suggestion(r.service_id, r.name, r.local, r.crisis, r.reason_texts(lang),
                       r.reason_codes, r.organization) for r in recs] + added
        self.state.unmet = unmet
        nothing_ticked = not self.ticked_items()
        self.recommendationList.clear()
        for s in self.state.recommended:
            # Crisis contacts go on the handout unless the nurse unticks them.
            self._add_list_item(s, checked=s.added or s.crisis)
        self.crisisNotice.setVisible(any(s.crisis for s in self.state.recommended))
        self.unmetList.clear()
        for need, label in zip(unmet, labels, strict=True):
            item = QListWidgetItem(label)
            item.setData(ROLE_ID, need.situation)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.unmetList.addItem(item)
        self.unmetBox.setVisible(bool(unmet))
        if unmet:  # the suggestions keep the room; the unmet box starts at its least
            self.recommendSplit.setSizes([self.recommendSplit.height(),
                                          self.unmetBox.minimumSizeHint().height()])
        if recs:
            self.statusLabel.setText(fill(self.tr("%1 services suggested"), len(recs)))
        elif nothing_ticked:
            self.statusLabel.clear()  # the hint above says what to do; nothing was searched
        else:
            self.statusLabel.setText(self.tr("No suitable services found within reach."))
        if self.recommendationList.count():
            self.recommendationList.setCurrentRow(0)
        self.busyChanged.emit(False)
        self.recommendationsShown.emit(len(recs))

    def _add_list_item(self, s: Suggestion, *, checked: bool) -> QListWidgetItem:
        head = ("⚠ " if s.crisis else "") + s.name
        if s.organization:
            head += f" — {s.organization}"
        if s.local:
            head += " " + self.tr("[local entry]")
        text = head + ("\n    " + " · ".join(s.reasons) if s.reasons else "")
        item = QListWidgetItem(text)
        item.setData(ROLE_ID, s.service_id)
        item.setData(ROLE_CRISIS, s.crisis)
        item.setToolTip(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.recommendationList.addItem(item)
        return item

    def choose(self, service_id: str, chosen: bool = True) -> bool:
        for row in range(self.recommendationList.count()):
            item = self.recommendationList.item(row)
            if item.data(ROLE_ID) == service_id:
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                return True
        return False

    def add_from_search(self) -> None:
        getter = getattr(self.host, "current_service_id", None)
        sid = getter() if getter else None
        if not sid:
            self.show_error(self.tr("Select a service on the Search page first, then come "
                                    "back and add it."))
            return
        self.add_service(str(sid))

    def add_service(self, sid: str) -> None:
        if any(s.service_id == sid for s in self.state.recommended):
            self.choose(sid)
            return
        lang = str(self.languageCombo.currentData())

        def work(r: Resources) -> Suggestion | None:
            found = details_for(r.catalogue, r.local.conn, [sid])
            if not found:
                return None
            d = found[0]
            return Suggestion(sid, d.name(lang), d.local, False, [], (),
                              d.organization(lang), added=True)

        def done(s: Suggestion | None) -> None:
            if s is None:
                self.show_error(self.tr("That service is no longer in the catalogue."))
                return
            s.reasons = [self.tr("Added from the search")]
            self.state.recommended.append(s)
            self._add_list_item(s, checked=True)

        self.runner.run(work, done, self._task_failed)

    def remove_selected(self) -> None:
        row = self.recommendationList.currentRow()
        if row < 0:
            return
        item = self.recommendationList.takeItem(row)
        sid = item.data(ROLE_ID)
        self.state.recommended = [s for s in self.state.recommended if s.service_id != sid]

    # -- handout ----------------------------------------------------------------------------

    def handout_language(self) -> str:
        return str(self.handoutLanguageCombo.currentData())

    def _handout_job(self, build: Callable[[Handout], Any] = build_html
                     ) -> Callable[[Resources], Any]:
        """The handout made on the worker: ``build_html`` for the preview,
        ``build_blocks`` for paper (page breaks between blocks only)."""
        ctx = self.context()
        ids = self.chosen_ids()
        lang, large = self.handout_language(), self.largeCheck.isChecked()
        crisis = any(s.crisis and s.service_id in ids for s in self.state.recommended)

        def work(r: Resources) -> Any:
            place = context_place(r.catalogue, ctx)
            services = details_for(r.catalogue, r.local.conn, ids, place)
            return build(Handout(
                services, lang=lang, large=large, unit_name=str(r.local.get("unit.name")),
                unit_phone=str(r.local.get("unit.phone")),
                organisation=str(r.local.get("unit.organisation")),
                day=datetime.now(HELSINKI).date(),
                now=datetime.now(HELSINKI).replace(tzinfo=None), crisis=crisis))

        return work

    def refresh_preview(self) -> None:
        if self.stack.currentIndex() != 3:
            return
        self._set_busy(self.tr("Preparing the handout…"))
        self.runner.run(self._handout_job(), self._show_preview, self._task_failed)

    def _show_preview(self, html: str) -> None:
        self.state.html = html
        self.preview.setHtml(html)  # built from a template whose every field is escaped
        n = len(self.chosen_ids())
        self.statusLabel.setText(fill(self.tr("Handout with %1 services"), n))
        self.busyChanged.emit(False)
        self.previewShown.emit()

    def default_pdf_path(self) -> Path:
        """A name that carries the date and is not taken yet (handout-2026-12-03-2.pdf),
        in the folder of the last handout (or Documents, or home)."""
        folder = self.pdf_folder
        if folder is None or not folder.is_dir():
            docs = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
        return unused_file_name(folder, self.tr("handout"), datetime.now(HELSINKI).date())

    def _ask_pdf_path(self) -> Path | None:
        # The dialog asks before replacing a file the nurse picks herself.
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the handout as PDF"),
                                              str(self.default_pdf_path()),
                                              self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def save_pdf(self, path: Path | None = None) -> None:
        target = path or self.ask_pdf_path()
        if target is None:
            self.statusLabel.setText(self.tr("Not saved: no file was chosen."))
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        job = self._handout_job(build_blocks)
        title = i18n.text("handout.title", self.handout_language())  # the PDF's own title
        self._set_busy(self.tr("Saving the PDF…"))

        def work(r: Resources) -> str:
            return str(render_pdf(job(r), target, title=title))

        def done(saved: str) -> None:
            self.pdf_folder = Path(saved).parent
            self.state.handout = self.state.handout or "pdf"
            self._mark_handout("pdf")
            self.statusLabel.setText(fill(self.tr("Handout saved: %1"), saved))
            self.busyChanged.emit(False)
            self.pdfSaved.emit(saved)

        self.runner.run(work, done, self._task_failed)

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the handout"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def print_handout(self, printer: QPrinter | None = None) -> None:
        printer = printer or self.ask_printer()
        if printer is None:
            self.statusLabel.setText(self.tr("Printing cancelled; nothing was printed."))
            return
        job = self._handout_job(build_blocks)
        self._set_busy(self.tr("Printing…"))

        def work(r: Resources) -> None:
            print_html(job(r), printer)

        def done(_: None) -> None:
            self.state.handout = "print"
            self._mark_handout("print")
            self.statusLabel.setText(self.tr("The handout was sent to the printer."))
            self.busyChanged.emit(False)

        self.runner.run(work, done, self._task_failed)

    def _mark_handout(self, kind: str) -> None:
        """A handout given after the record was saved still goes into the record."""
        rid = self.state.saved_id
        if rid is not None:
            self.runner.run(lambda r: set_handout(r.local, rid, kind), None, self._task_failed)

    # -- record -----------------------------------------------------------------------------

    def build_referral(self) -> Referral:
        ctx = self.context()
        ticked = self.ticked_items()
        checklist = self.checklist
        chosen = set(self.chosen_ids())
        recommended = [ServiceRef(s.service_id, s.name, s.local, s.reason_codes)
                       for s in self.state.recommended if not s.added]
        chosen_refs = [ServiceRef(s.service_id, s.name, s.local, s.reason_codes)
                       for s in self.state.recommended if s.service_id in chosen]
        unmet_ids = set()
        for row in range(self.unmetList.count()):
            item = self.unmetList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                unmet_ids.add(item.data(ROLE_ID))
        pointer = self.host.session.pointer
        return Referral(
            context=ctx, staff_service_area="other", items=tuple(ticked),
            themes=tuple(checklist.themes_of(ticked)) if checklist else (),
            red_flag_items=tuple(i.id for i in checklist.red_flags(ticked)) if checklist else (),
            recommended=recommended, chosen=chosen_refs,
            unmet=[u for u in self.state.unmet if u.situation in unmet_ids],
            handout=self.state.handout, catalogue_id=pointer.catalogue_id,
            catalogue_version=pointer.version,
        )

    def save_referral(self) -> None:
        if self.state.saved_id is not None:
            self.statusLabel.setText(self.tr("This referral is already saved. Start a new "
                                             "one with New referral."))
            return
        try:
            referral = self.build_referral()
        except i18n.UserError as exc:
            self.show_error(exc.text(self.ui_language))
            return
        self._set_busy(self.tr("Saving…"))

        def work(r: Resources) -> tuple[int, date | None]:
            referral.staff_service_area = str(r.local.get("staff.service_area"))
            rid = save_referral(r.local, referral)
            return rid, referral.follow_up_date

        def done(result: tuple[int, date | None]) -> None:
            rid, follow = result
            self.state.saved_id = rid
            when = day_text(follow)
            self.statusLabel.setText(fill(self.tr("Referral saved. Follow-up on %1."), when))
            self.busyChanged.emit(False)
            self.referralSaved.emit(rid)

        self.runner.run(work, done, self._task_failed)

    def reset(self) -> None:
        self.state = ReferralState()
        self.place_chosen = False
        for box in self.item_boxes.values():
            box.setChecked(False)
        self.recommendationList.clear()
        self.unmetList.clear()
        self.unmetBox.hide()
        self.crisisNotice.hide()
        self.preview.clear()
        self.statusLabel.clear()
        self.show_step(0)

    def _task_failed(self, message: str) -> None:
        self.busyChanged.emit(False)
        self.statusLabel.clear()
        self.show_error(message)
