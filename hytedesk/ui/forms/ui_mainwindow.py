# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mainwindow.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QStatusBar,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setWindowTitle(u"HyteDesk")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionClearFilters = QAction(MainWindow)
        self.actionClearFilters.setObjectName(u"actionClearFilters")
        self.actionLanguageFi = QAction(MainWindow)
        self.actionLanguageFi.setObjectName(u"actionLanguageFi")
        self.actionLanguageFi.setCheckable(True)
        self.actionLanguageFi.setText(u"Suomi")
        self.actionLanguageSv = QAction(MainWindow)
        self.actionLanguageSv.setObjectName(u"actionLanguageSv")
        self.actionLanguageSv.setCheckable(True)
        self.actionLanguageSv.setText(u"Svenska")
        self.actionLanguageEn = QAction(MainWindow)
        self.actionLanguageEn.setObjectName(u"actionLanguageEn")
        self.actionLanguageEn.setCheckable(True)
        self.actionLanguageEn.setText(u"English")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.sampleBanner = QLabel(self.centralwidget)
        self.sampleBanner.setObjectName(u"sampleBanner")
        self.sampleBanner.setFrameShape(QFrame.StyledPanel)
        self.sampleBanner.setTextFormat(Qt.PlainText)
        self.sampleBanner.setWordWrap(True)
        self.sampleBanner.setMargin(6)

        self.centralLayout.addWidget(self.sampleBanner)

        self.pages = QTabWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        self.pages.setDocumentMode(True)
        self.searchPage = QWidget()
        self.searchPage.setObjectName(u"searchPage")
        self.searchPageLayout = QVBoxLayout(self.searchPage)
        self.searchPageLayout.setObjectName(u"searchPageLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.searchPage)
        self.searchLabel.setObjectName(u"searchLabel")
        self.searchLabel.setTextFormat(Qt.PlainText)

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.searchPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.resultCountLabel = QLabel(self.searchPage)
        self.resultCountLabel.setObjectName(u"resultCountLabel")
        self.resultCountLabel.setTextFormat(Qt.PlainText)

        self.searchRow.addWidget(self.resultCountLabel)


        self.searchPageLayout.addLayout(self.searchRow)

        self.mainSplitter = QSplitter(self.searchPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.filterScroll = QScrollArea(self.mainSplitter)
        self.filterScroll.setObjectName(u"filterScroll")
        self.filterScroll.setFrameShape(QFrame.NoFrame)
        self.filterScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.filterScroll.setWidgetResizable(True)
        self.filterPanel = QWidget()
        self.filterPanel.setObjectName(u"filterPanel")
        self.filterForm = QFormLayout(self.filterPanel)
        self.filterForm.setObjectName(u"filterForm")
        self.filterForm.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.filterForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.municipalityLabel = QLabel(self.filterPanel)
        self.municipalityLabel.setObjectName(u"municipalityLabel")
        self.municipalityLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityCombo = QComboBox(self.filterPanel)
        self.municipalityCombo.setObjectName(u"municipalityCombo")
        self.municipalityCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.municipalityCombo.setMinimumContentsLength(12)

        self.filterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.placeLabel = QLabel(self.filterPanel)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(self.filterPanel)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.placeCombo.setMinimumContentsLength(12)

        self.filterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.kmLabel = QLabel(self.filterPanel)
        self.kmLabel.setObjectName(u"kmLabel")
        self.kmLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kmLabel)

        self.kmSpin = QSpinBox(self.filterPanel)
        self.kmSpin.setObjectName(u"kmSpin")
        self.kmSpin.setSuffix(u" km")
        self.kmSpin.setMaximum(500)
        self.kmSpin.setSingleStep(5)

        self.filterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kmSpin)

        self.themeLabel = QLabel(self.filterPanel)
        self.themeLabel.setObjectName(u"themeLabel")
        self.themeLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.filterPanel)
        self.themeCombo.setObjectName(u"themeCombo")
        self.themeCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.themeCombo.setMinimumContentsLength(12)

        self.filterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.situationLabel = QLabel(self.filterPanel)
        self.situationLabel.setObjectName(u"situationLabel")
        self.situationLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.situationLabel)

        self.situationCombo = QComboBox(self.filterPanel)
        self.situationCombo.setObjectName(u"situationCombo")
        self.situationCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.situationCombo.setMinimumContentsLength(12)

        self.filterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.situationCombo)

        self.targetGroupLabel = QLabel(self.filterPanel)
        self.targetGroupLabel.setObjectName(u"targetGroupLabel")
        self.targetGroupLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.targetGroupLabel)

        self.targetGroupCombo = QComboBox(self.filterPanel)
        self.targetGroupCombo.setObjectName(u"targetGroupCombo")
        self.targetGroupCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.targetGroupCombo.setMinimumContentsLength(12)

        self.filterForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.targetGroupCombo)

        self.providerLabel = QLabel(self.filterPanel)
        self.providerLabel.setObjectName(u"providerLabel")
        self.providerLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerCombo = QComboBox(self.filterPanel)
        self.providerCombo.setObjectName(u"providerCombo")
        self.providerCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.providerCombo.setMinimumContentsLength(12)

        self.filterForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.providerCombo)

        self.modeLabel = QLabel(self.filterPanel)
        self.modeLabel.setObjectName(u"modeLabel")
        self.modeLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(self.filterPanel)
        self.modeCombo.setObjectName(u"modeCombo")
        self.modeCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.modeCombo.setMinimumContentsLength(12)

        self.filterForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.languageLabel = QLabel(self.filterPanel)
        self.languageLabel.setObjectName(u"languageLabel")
        self.languageLabel.setTextFormat(Qt.PlainText)

        self.filterForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.filterPanel)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.languageCombo.setMinimumContentsLength(12)

        self.filterForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.freeCheck = QCheckBox(self.filterPanel)
        self.freeCheck.setObjectName(u"freeCheck")

        self.filterForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.freeCheck)

        self.hideClosedCheck = QCheckBox(self.filterPanel)
        self.hideClosedCheck.setObjectName(u"hideClosedCheck")

        self.filterForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.hideClosedCheck)

        self.clearFiltersButton = QPushButton(self.filterPanel)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.clearFiltersButton)

        self.filterScroll.setWidget(self.filterPanel)
        self.mainSplitter.addWidget(self.filterScroll)
        self.resultsView = QTableView(self.mainSplitter)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.resultsView.setTabKeyNavigation(False)
        self.resultsView.setAlternatingRowColors(True)
        self.resultsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resultsView.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.resultsView.setWordWrap(False)
        self.mainSplitter.addWidget(self.resultsView)
        self.resultsView.horizontalHeader().setHighlightSections(False)
        self.resultsView.verticalHeader().setVisible(False)
        self.detailScroll = QScrollArea(self.mainSplitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.detailScroll.setWidgetResizable(True)
        self.detailPane = QWidget()
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailPlaceholder = QLabel(self.detailPane)
        self.detailPlaceholder.setObjectName(u"detailPlaceholder")
        self.detailPlaceholder.setTextFormat(Qt.PlainText)
        self.detailPlaceholder.setWordWrap(True)

        self.detailLayout.addWidget(self.detailPlaceholder)

        self.detailTitle = QLabel(self.detailPane)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setTextFormat(Qt.PlainText)
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailTitle)

        self.detailFlags = QLabel(self.detailPane)
        self.detailFlags.setObjectName(u"detailFlags")
        self.detailFlags.setTextFormat(Qt.PlainText)
        self.detailFlags.setWordWrap(True)

        self.detailLayout.addWidget(self.detailFlags)

        self.detailAlert = QLabel(self.detailPane)
        self.detailAlert.setObjectName(u"detailAlert")
        self.detailAlert.setFrameShape(QFrame.StyledPanel)
        self.detailAlert.setTextFormat(Qt.PlainText)
        self.detailAlert.setWordWrap(True)
        self.detailAlert.setMargin(4)
        self.detailAlert.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailAlert)

        self.detailBody = QWidget(self.detailPane)
        self.detailBody.setObjectName(u"detailBody")
        self.detailForm = QVBoxLayout(self.detailBody)
        self.detailForm.setSpacing(2)
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setContentsMargins(0, -1, 0, -1)
        self.whatHeading = QLabel(self.detailBody)
        self.whatHeading.setObjectName(u"whatHeading")
        self.whatHeading.setTextFormat(Qt.PlainText)
        font = QFont()
        font.setBold(True)
        self.whatHeading.setFont(font)

        self.detailForm.addWidget(self.whatHeading)

        self.whatValue = QLabel(self.detailBody)
        self.whatValue.setObjectName(u"whatValue")
        self.whatValue.setTextFormat(Qt.PlainText)
        self.whatValue.setWordWrap(True)
        self.whatValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.addWidget(self.whatValue)

        self.whoHeading = QLabel(self.detailBody)
        self.whoHeading.setObjectName(u"whoHeading")
        self.whoHeading.setTextFormat(Qt.PlainText)
        self.whoHeading.setFont(font)

        self.detailForm.addWidget(self.whoHeading)

        self.whoValue = QLabel(self.detailBody)
        self.whoValue.setObjectName(u"whoValue")
        self.whoValue.setTextFormat(Qt.PlainText)
        self.whoValue.setWordWrap(True)
        self.whoValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.addWidget(self.whoValue)

        self.whereHeading = QLabel(self.detailBody)
        self.whereHeading.setObjectName(u"whereHeading")
        self.whereHeading.setTextFormat(Qt.PlainText)
        self.whereHeading.setFont(font)

        self.detailForm.addWidget(self.whereHeading)

        self.whereValue = QLabel(self.detailBody)
        self.whereValue.setObjectName(u"whereValue")
        self.whereValue.setTextFormat(Qt.PlainText)
        self.whereValue.setWordWrap(True)
        self.whereValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.addWidget(self.whereValue)

        self.whenHeading = QLabel(self.detailBody)
        self.whenHeading.setObjectName(u"whenHeading")
        self.whenHeading.setTextFormat(Qt.PlainText)
        self.whenHeading.setFont(font)

        self.detailForm.addWidget(self.whenHeading)

        self.whenValue = QLabel(self.detailBody)
        self.whenValue.setObjectName(u"whenValue")
        self.whenValue.setTextFormat(Qt.PlainText)
        self.whenValue.setWordWrap(True)
        self.whenValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.addWidget(self.whenValue)

        self.howHeading = QLabel(self.detailBody)
        self.howHeading.setObjectName(u"howHeading")
        self.howHeading.setTextFormat(Qt.PlainText)
        self.howHeading.setFont(font)

        self.detailForm.addWidget(self.howHeading)

        self.howValue = QLabel(self.detailBody)
        self.howValue.setObjectName(u"howValue")
        self.howValue.setTextFormat(Qt.PlainText)
        self.howValue.setWordWrap(True)
        self.howValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.addWidget(self.howValue)

        self.costHeading = QLabel(self.detailBody)
        self.costHeading.setObjectName(u"costHeading")
        self.costHeading.setTextFormat(Qt.PlainText)
        self.costHeading.setFont(font)

        self.detailForm.addWidget(self.costHeading)

        self.costValue = QLabel(self.detailBody)
        self.costValue.setObjectName(u"costValue")
        self.costValue.setTextFormat(Qt.PlainText)
        self.costValue.setWordWrap(True)
        self.costValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.addWidget(self.costValue)

        self.contactHeading = QLabel(self.detailBody)
        self.contactHeading.setObjectName(u"contactHeading")
        self.contactHeading.setTextFormat(Qt.PlainText)
        self.contactHeading.setFont(font)

        self.detailForm.addWidget(self.contactHeading)

        self.contactBox = QWidget(self.detailBody)
        self.contactBox.setObjectName(u"contactBox")
        self.contactLayout = QVBoxLayout(self.contactBox)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactLayout.setContentsMargins(0, 0, 0, 0)

        self.detailForm.addWidget(self.contactBox)

        self.checkedHeading = QLabel(self.detailBody)
        self.checkedHeading.setObjectName(u"checkedHeading")
        self.checkedHeading.setTextFormat(Qt.PlainText)
        self.checkedHeading.setFont(font)

        self.detailForm.addWidget(self.checkedHeading)

        self.checkedValue = QLabel(self.detailBody)
        self.checkedValue.setObjectName(u"checkedValue")
        self.checkedValue.setTextFormat(Qt.PlainText)
        self.checkedValue.setWordWrap(True)

        self.detailForm.addWidget(self.checkedValue)


        self.detailLayout.addWidget(self.detailBody)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailLayout.setStretch(5, 1)
        self.detailScroll.setWidget(self.detailPane)
        self.mainSplitter.addWidget(self.detailScroll)

        self.searchPageLayout.addWidget(self.mainSplitter)

        self.searchPageLayout.setStretch(1, 1)
        self.pages.addTab(self.searchPage, "")

        self.centralLayout.addWidget(self.pages)

        self.centralLayout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuSearch = QMenu(self.menubar)
        self.menuSearch.setObjectName(u"menuSearch")
        self.menuLanguage = QMenu(self.menubar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.municipalityLabel.setBuddy(self.municipalityCombo)
        self.placeLabel.setBuddy(self.placeCombo)
        self.kmLabel.setBuddy(self.kmSpin)
        self.themeLabel.setBuddy(self.themeCombo)
        self.situationLabel.setBuddy(self.situationCombo)
        self.targetGroupLabel.setBuddy(self.targetGroupCombo)
        self.providerLabel.setBuddy(self.providerCombo)
        self.modeLabel.setBuddy(self.modeCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.municipalityCombo)
        QWidget.setTabOrder(self.municipalityCombo, self.placeCombo)
        QWidget.setTabOrder(self.placeCombo, self.kmSpin)
        QWidget.setTabOrder(self.kmSpin, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.situationCombo)
        QWidget.setTabOrder(self.situationCombo, self.targetGroupCombo)
        QWidget.setTabOrder(self.targetGroupCombo, self.providerCombo)
        QWidget.setTabOrder(self.providerCombo, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.freeCheck)
        QWidget.setTabOrder(self.freeCheck, self.hideClosedCheck)
        QWidget.setTabOrder(self.hideClosedCheck, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.resultsView)
        QWidget.setTabOrder(self.resultsView, self.detailScroll)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuSearch.menuAction())
        self.menubar.addAction(self.menuLanguage.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuSearch.addAction(self.actionFind)
        self.menuSearch.addAction(self.actionClearFilters)
        self.menuLanguage.addAction(self.actionLanguageFi)
        self.menuLanguage.addAction(self.actionLanguageSv)
        self.menuLanguage.addAction(self.actionLanguageEn)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find a service", None))
        self.actionClearFilters.setText(QCoreApplication.translate("MainWindow", u"&Clear filters", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About HyteDesk", None))
#if QT_CONFIG(accessibility)
        self.sampleBanner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sample data notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search services", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Type words; results update as you type. Press Enter or Down to move to the results.", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Need, service or place, e.g. loneliness, gym, Kuhmo", None))
#if QT_CONFIG(accessibility)
        self.resultCountLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Number of results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterScroll.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filters", None))
#endif // QT_CONFIG(accessibility)
        self.municipalityLabel.setText(QCoreApplication.translate("MainWindow", u"&Municipality:", None))
#if QT_CONFIG(accessibility)
        self.municipalityCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Municipality", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("MainWindow", u"&Distance from:", None))
#if QT_CONFIG(accessibility)
        self.placeCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Place to measure distance from", None))
#endif // QT_CONFIG(accessibility)
        self.kmLabel.setText(QCoreApplication.translate("MainWindow", u"Largest distance (&km):", None))
#if QT_CONFIG(accessibility)
        self.kmSpin.setAccessibleName(QCoreApplication.translate("MainWindow", u"Largest distance in kilometres", None))
#endif // QT_CONFIG(accessibility)
        self.themeLabel.setText(QCoreApplication.translate("MainWindow", u"&Priority area:", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Priority area", None))
#endif // QT_CONFIG(accessibility)
        self.situationLabel.setText(QCoreApplication.translate("MainWindow", u"Life si&tuation:", None))
#if QT_CONFIG(accessibility)
        self.situationCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Life situation", None))
#endif // QT_CONFIG(accessibility)
        self.targetGroupLabel.setText(QCoreApplication.translate("MainWindow", u"Target &group:", None))
#if QT_CONFIG(accessibility)
        self.targetGroupCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Target group", None))
#endif // QT_CONFIG(accessibility)
        self.providerLabel.setText(QCoreApplication.translate("MainWindow", u"P&rovider:", None))
#if QT_CONFIG(accessibility)
        self.providerCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Provider type", None))
#endif // QT_CONFIG(accessibility)
        self.modeLabel.setText(QCoreApplication.translate("MainWindow", u"Ho&w to take part:", None))
#if QT_CONFIG(accessibility)
        self.modeCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"How to take part", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("MainWindow", u"Service lang&uage:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Language the service is offered in", None))
#endif // QT_CONFIG(accessibility)
        self.freeCheck.setText(QCoreApplication.translate("MainWindow", u"Free of charge &only", None))
#if QT_CONFIG(accessibility)
        self.freeCheck.setAccessibleName(QCoreApplication.translate("MainWindow", u"Free of charge only", None))
#endif // QT_CONFIG(accessibility)
        self.hideClosedCheck.setText(QCoreApplication.translate("MainWindow", u"Hide temporarily &closed", None))
#if QT_CONFIG(accessibility)
        self.hideClosedCheck.setAccessibleName(QCoreApplication.translate("MainWindow", u"Hide temporarily closed services", None))
#endif // QT_CONFIG(accessibility)
        self.clearFiltersButton.setText(QCoreApplication.translate("MainWindow", u"Clear filt&ers", None))
#if QT_CONFIG(accessibility)
        self.clearFiltersButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Clear all filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailScroll.setAccessibleName(QCoreApplication.translate("MainWindow", u"Service details", None))
#endif // QT_CONFIG(accessibility)
        self.detailPlaceholder.setText(QCoreApplication.translate("MainWindow", u"Choose a service from the results to see what it is, where and when it meets, and how to get in touch.", None))
#if QT_CONFIG(accessibility)
        self.detailTitle.setAccessibleName(QCoreApplication.translate("MainWindow", u"Service name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailFlags.setAccessibleName(QCoreApplication.translate("MainWindow", u"Service status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailAlert.setAccessibleName(QCoreApplication.translate("MainWindow", u"Notice from the provider", None))
#endif // QT_CONFIG(accessibility)
        self.whatHeading.setText(QCoreApplication.translate("MainWindow", u"What", None))
#if QT_CONFIG(accessibility)
        self.whatValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"What", None))
#endif // QT_CONFIG(accessibility)
        self.whoHeading.setText(QCoreApplication.translate("MainWindow", u"Who organises it", None))
#if QT_CONFIG(accessibility)
        self.whoValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Who organises it", None))
#endif // QT_CONFIG(accessibility)
        self.whereHeading.setText(QCoreApplication.translate("MainWindow", u"Where", None))
#if QT_CONFIG(accessibility)
        self.whereValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Where", None))
#endif // QT_CONFIG(accessibility)
        self.whenHeading.setText(QCoreApplication.translate("MainWindow", u"When: the next sessions", None))
#if QT_CONFIG(accessibility)
        self.whenValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"When: the next sessions", None))
#endif // QT_CONFIG(accessibility)
        self.howHeading.setText(QCoreApplication.translate("MainWindow", u"How to take part", None))
#if QT_CONFIG(accessibility)
        self.howValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"How to take part", None))
#endif // QT_CONFIG(accessibility)
        self.costHeading.setText(QCoreApplication.translate("MainWindow", u"Cost", None))
#if QT_CONFIG(accessibility)
        self.costValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Cost", None))
#endif // QT_CONFIG(accessibility)
        self.contactHeading.setText(QCoreApplication.translate("MainWindow", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.contactBox.setAccessibleName(QCoreApplication.translate("MainWindow", u"Contact", None))
#endif // QT_CONFIG(accessibility)
        self.checkedHeading.setText(QCoreApplication.translate("MainWindow", u"Information last checked", None))
#if QT_CONFIG(accessibility)
        self.checkedValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Information last checked", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.searchPage), QCoreApplication.translate("MainWindow", u"Search", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuSearch.setTitle(QCoreApplication.translate("MainWindow", u"&Search", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

