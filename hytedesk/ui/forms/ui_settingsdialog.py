# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settingsdialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.settingsTabs = QTabWidget(SettingsDialog)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.settingsForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.settingsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")
        self.languageLabel.setTextFormat(Qt.PlainText)

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.placeLabel = QLabel(self.generalTab)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setTextFormat(Qt.PlainText)

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(self.generalTab)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.placeCombo.setMinimumContentsLength(12)

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.kmLabel = QLabel(self.generalTab)
        self.kmLabel.setObjectName(u"kmLabel")
        self.kmLabel.setTextFormat(Qt.PlainText)

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kmLabel)

        self.kmSpin = QSpinBox(self.generalTab)
        self.kmSpin.setObjectName(u"kmSpin")
        self.kmSpin.setSuffix(u" km")
        self.kmSpin.setMaximum(500)
        self.kmSpin.setSingleStep(5)

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kmSpin)


        self.generalLayout.addLayout(self.settingsForm)

        self.generalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.settingsTabs.addTab(self.generalTab, "")

        self.dialogLayout.addWidget(self.settingsTabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.placeLabel.setBuddy(self.placeCombo)
        self.kmLabel.setBuddy(self.kmSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settingsTabs, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.placeCombo)
        QWidget.setTabOrder(self.placeCombo, self.kmSpin)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        self.settingsTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language of the app:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language of the app", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Measure distances from:", None))
#if QT_CONFIG(accessibility)
        self.placeCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Default place to measure distances from", None))
#endif // QT_CONFIG(accessibility)
        self.kmLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Default largest distance:", None))
#if QT_CONFIG(accessibility)
        self.kmSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Default largest distance in kilometres", None))
#endif // QT_CONFIG(accessibility)
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"&General", None))
    # retranslateUi

