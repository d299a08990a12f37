#include "gui/suitability/suitability_check_dialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QThreadPool>
#include <QUuid>
#include <QVBoxLayout>

#include "api/suitability_words.h"

namespace crm::desktop {
namespace {

// Files up to this size are sent with the evidence so the server verifies
// the hash itself; larger ones (recordings) stay in the firm's media store.
constexpr qint64 kSendContentLimit = 3 * 1024 * 1024;

const QStringList kEvidenceSteps = {QStringLiteral("ACKNOWLEDGEMENT"), QStringLiteral("ELECTRONIC_CONFIRMATION"),
                                    QStringLiteral("DUAL_RECORDING")};

// stepText() words a step for the middle of a sentence; labels start with a capital.
QString capitalized(QString s) {
  if (!s.isEmpty()) s[0] = s[0].toUpper();
  return s;
}

QString decisionColor(const QString& d) {
  if (d == QLatin1String("ALLOW")) return QStringLiteral("#166534");
  if (d == QLatin1String("DENY")) return QStringLiteral("#b3261e");
  return QStringLiteral("#92400e");
}

}  // namespace

SuitabilityCheckDialog::SuitabilityCheckDialog(CrmApi& api, const QString& customerId, const QString& customerName,
                                               QWidget* parent)
    : QDialog(parent), m_api(api), m_customerId(customerId) {
  setObjectName(QStringLiteral("suitabilityCheckDialog"));
  setWindowTitle(tr("Product suitability: %1").arg(customerName));
  resize(640, 600);

  m_product = new QComboBox(this);
  m_product->setObjectName(QStringLiteral("productCombo"));
  m_product->addItem(tr("Loading products..."));
  m_product->setEnabled(false);
  m_intent = new QComboBox(this);
  m_intent->setObjectName(QStringLiteral("intentCombo"));
  for (const char* i : {"CLIENT_REQUEST", "RECOMMEND", "CAMPAIGN"})
    m_intent->addItem(intentText(QLatin1String(i)), QLatin1String(i));
  m_channel = new QComboBox(this);
  m_channel->addItem(tr("In a branch"), QStringLiteral("BRANCH"));
  m_channel->addItem(tr("Online"), QStringLiteral("ONLINE"));
  m_checkButton = new QPushButton(tr("Check"), this);
  m_checkButton->setObjectName(QStringLiteral("checkButton"));
  m_checkButton->setEnabled(false);
  auto* form = new QFormLayout;
  form->addRow(tr("Product:"), m_product);
  form->addRow(tr("Who proposes it:"), m_intent);
  form->addRow(tr("Where:"), m_channel);
  form->addRow(QString(), m_checkButton);

  m_decision = new QLabel(this);
  m_decision->setObjectName(QStringLiteral("decisionLabel"));
  m_decision->setWordWrap(true);
  QFont f = m_decision->font();
  f.setBold(true);
  f.setPointSizeF(f.pointSizeF() * 1.15);
  m_decision->setFont(f);
  m_reasons = new QLabel(this);
  m_reasons->setObjectName(QStringLiteral("reasonsLabel"));
  m_reasons->setWordWrap(true);

  // One row per kind of evidence, shown when the check requires it.
  m_evidenceBox = new QGroupBox(tr("Evidence required before the sale"), this);
  auto* ev = new QVBoxLayout(m_evidenceBox);
  m_duration = new QSpinBox(this);
  m_duration->setRange(1, 24 * 3600);
  m_duration->setValue(300);
  m_duration->setSuffix(tr(" s"));
  m_recordedBy = new QLineEdit(this);
  m_recordedBy->setPlaceholderText(tr("Who recorded it"));
  for (const auto& step : kEvidenceSteps) {
    auto* row = new QWidget(m_evidenceBox);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(capitalized(stepText(step)), row);
    auto* status = new QLabel(row);
    status->setObjectName(QStringLiteral("status_") + step);
    auto* attach = new QPushButton(tr("Attach file..."), row);
    attach->setObjectName(QStringLiteral("attach_") + step);
    h->addWidget(label, 1);
    if (step == QLatin1String("DUAL_RECORDING")) {
      h->addWidget(m_duration);
      h->addWidget(m_recordedBy);
    }
    h->addWidget(status);
    h->addWidget(attach);
    connect(attach, &QPushButton::clicked, this, [this, step] {
      const QString path = QFileDialog::getOpenFileName(this, stepText(step));
      if (!path.isEmpty()) attachEvidence(step, path);
    });
    ev->addWidget(row);
    m_stepRows.insert(step, row);
    m_stepStatus.insert(step, status);
  }
  m_evidenceBox->hide();

  m_amount = new QLineEdit(this);
  m_amount->setObjectName(QStringLiteral("amountEdit"));
  m_amount->setPlaceholderText(tr("Amount in yuan, e.g. 50000.00"));
  m_amount->setValidator(
      new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,13}(\\.\\d{0,2})?")), this));
  m_saleButton = new QPushButton(tr("Record sale"), this);
  m_saleButton->setObjectName(QStringLiteral("saleButton"));
  m_saleButton->setEnabled(false);
  auto* saleRow = new QHBoxLayout;
  saleRow->addWidget(new QLabel(tr("Subscription:"), this));
  saleRow->addWidget(m_amount, 1);
  saleRow->addWidget(m_saleButton);

  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("checkMessage"));
  m_message->setWordWrap(true);
  m_message->hide();

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_decision);
  layout->addWidget(m_reasons);
  layout->addWidget(m_evidenceBox);
  layout->addLayout(saleRow);
  layout->addWidget(m_message);
  layout->addStretch();

  connect(m_checkButton, &QPushButton::clicked, this, &SuitabilityCheckDialog::runCheck);
  connect(m_saleButton, &QPushButton::clicked, this, &SuitabilityCheckDialog::recordSale);
  connect(m_amount, &QLineEdit::textChanged, this, &SuitabilityCheckDialog::updateSaleButton);
  // A new product or intent needs a new check.
  auto invalidate = [this] {
    m_check = {};
    showCheck();
  };
  connect(m_product, &QComboBox::currentIndexChanged, this, invalidate);
  connect(m_intent, &QComboBox::currentIndexChanged, this, invalidate);
  connect(m_channel, &QComboBox::currentIndexChanged, this, invalidate);

  m_api.listProducts(this, [this](Result<QList<ProductInfo>> r) {
    m_product->clear();
    if (!r.ok()) {
      showMessage(r.error.userMessage(), true);
      return;
    }
    m_products = r.value;
    for (const auto& p : m_products)
      m_product->addItem(QStringLiteral("%1  %2  ·  %3").arg(p.code, p.name, riskText(p.risk)), p.id);
    m_product->setEnabled(true);
    m_checkButton->setEnabled(!m_products.isEmpty());
    m_productsLoaded = true;
  });
  showCheck();
}

bool SuitabilityCheckDialog::selectProduct(const QString& code) {
  for (int i = 0; i < m_products.size(); ++i)
    if (m_products[i].code == code) {
      m_product->setCurrentIndex(i);
      return true;
    }
  return false;
}

void SuitabilityCheckDialog::setIntent(const QString& intent) { m_intent->setCurrentIndex(m_intent->findData(intent)); }

void SuitabilityCheckDialog::runCheck() {
  if (m_busy || m_product->currentIndex() < 0 || m_products.isEmpty()) return;
  m_busy = true;
  m_checkButton->setEnabled(false);
  m_message->hide();
  m_api.checkSuitability(m_customerId, m_product->currentData().toString(), m_intent->currentData().toString(),
                         m_channel->currentData().toString(), this, [this](Result<SuitabilityCheckInfo> r) {
                           m_busy = false;
                           m_checkButton->setEnabled(true);
                           if (!r.ok()) {
                             showMessage(r.error.userMessage(), true);
                             return;
                           }
                           m_check = r.value;
                           m_sale = {};
                           showCheck();
                           Q_EMIT checked(m_check);
                         });
}

void SuitabilityCheckDialog::showCheck() {
  if (m_check.id.isEmpty()) {
    m_decision->setText(tr("Choose a product and check it before any sale."));
    m_decision->setStyleSheet(QString());
    m_reasons->clear();
    m_evidenceBox->hide();
    updateSaleButton();
    return;
  }
  m_decision->setText(decisionText(m_check.decision));
  m_decision->setStyleSheet(QStringLiteral("color: %1;").arg(decisionColor(m_check.decision)));
  QStringList lines;
  lines << tr("Client: %1, %2. Product: %3.")
               .arg(investorClassText(m_check.investorClass), levelText(m_check.clientLevel),
                    riskText(m_check.productRisk));
  for (const auto& r : m_check.reasons) lines << QStringLiteral("• ") + reasonText(r);
  if (m_check.requiredSteps.contains(QLatin1String("ASSESSMENT")))
    lines << tr("Do a new risk assessment with the client first.");
  m_reasons->setText(lines.join(QLatin1Char('\n')));
  bool anyEvidence = false;
  for (const auto& step : kEvidenceSteps) {
    const bool required = m_check.decision != QLatin1String("DENY") && m_check.requiredSteps.contains(step);
    m_stepRows[step]->setVisible(required);
    anyEvidence = anyEvidence || required;
    const bool missing = m_check.missingSteps.contains(step);
    m_stepStatus[step]->setText(missing ? tr("missing") : tr("attached ✓"));
    m_stepStatus[step]->setStyleSheet(missing ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #166534;"));
  }
  m_evidenceBox->setVisible(anyEvidence);
  updateSaleButton();
}

bool SuitabilityCheckDialog::saleEnabled() const { return m_saleButton->isEnabled(); }

void SuitabilityCheckDialog::updateSaleButton() {
  const bool ready = !m_check.id.isEmpty() && m_check.decision != QLatin1String("DENY") &&
                     m_check.missingSteps.isEmpty() && m_sale.id.isEmpty() && parseYuan(m_amount->text()) > 0 &&
                     !m_busy;
  m_saleButton->setEnabled(ready);
}

void SuitabilityCheckDialog::attachEvidence(const QString& step, const QString& path) {
  if (m_check.id.isEmpty()) return;
  m_stepStatus[step]->setText(tr("computing SHA-256..."));
  QPointer<SuitabilityCheckDialog> self(this);
  // Recordings can be large: hash them on a worker thread, never on the UI thread.
  QThreadPool::globalInstance()->start([self, step, path] {
    QFile file(path);
    QString sha;
    QByteArray content;
    if (file.open(QIODevice::ReadOnly)) {
      QCryptographicHash hash(QCryptographicHash::Sha256);
      if (hash.addData(&file)) sha = QString::fromLatin1(hash.result().toHex());
      if (file.size() <= kSendContentLimit && step != QLatin1String("DUAL_RECORDING")) {
        file.seek(0);
        content = file.readAll();
      }
    }
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self, step, path, sha, content] {
          if (self) self->recordEvidence(step, path, sha, content);
        },
        Qt::QueuedConnection);
  });
}

void SuitabilityCheckDialog::recordEvidence(const QString& step, const QString& path, const QString& sha256,
                                            const QByteArray& content) {
  if (sha256.isEmpty()) {
    m_stepStatus[step]->setText(tr("cannot read the file"));
    return;
  }
  const QString reference = QFileInfo(path).fileName();
  auto done = [this, step, sha256](Result<EvidenceInfo> r) {
    if (!r.ok()) {
      m_stepStatus[step]->setText(tr("missing"));
      showMessage(r.error.userMessage(), true);
      return;
    }
    m_check.missingSteps.removeAll(step);
    m_check.evidence << r.value;
    showCheck();
    showMessage(tr("%1 recorded (SHA-256 %2...).").arg(capitalized(stepText(step)), sha256.left(12)), false);
    Q_EMIT evidenceRecorded(step);
  };
  if (step == QLatin1String("DUAL_RECORDING")) {
    const QString by = m_recordedBy->text().trimmed().isEmpty() ? tr("branch staff") : m_recordedBy->text().trimmed();
    m_api.recordDualRecording(m_check.id, reference, sha256, m_duration->value(), by, this, done);
  } else {
    m_api.recordAcknowledgement(m_check.id, step, reference, sha256, content, QDateTime::currentDateTimeUtc(), this,
                                done);
  }
}

void SuitabilityCheckDialog::setAmountText(const QString& yuan) { m_amount->setText(yuan); }

void SuitabilityCheckDialog::recordSale() {
  const qint64 fen = parseYuan(m_amount->text());
  if (m_check.id.isEmpty() || fen <= 0 || m_busy) return;
  m_busy = true;
  updateSaleButton();
  // One request id per check and amount: a retry after a lost answer returns
  // the sale first recorded instead of a second one (or a refusal).
  if (m_saleRequestId.isEmpty() || m_saleRequestCheck != m_check.id || m_saleRequestFen != fen) {
    m_saleRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_saleRequestCheck = m_check.id;
    m_saleRequestFen = fen;
  }
  m_api.recordSale(m_saleRequestId, m_check.id, fen, this, [this](Result<SaleInfo> r) {
    m_busy = false;
    if (!r.ok()) {
      updateSaleButton();
      showMessage(r.error.userMessage(), true);
      return;
    }
    m_sale = r.value;
    updateSaleButton();
    showMessage(tr("Sale recorded: %1 %2.").arg(formatMoney(m_sale.amountMinor), m_sale.currency), false);
    Q_EMIT saleRecorded(m_sale);
  });
}

void SuitabilityCheckDialog::showMessage(const QString& text, bool error) {
  m_message->setText(text);
  m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #166534;"));
  m_message->show();
}

QString SuitabilityCheckDialog::messageText() const { return m_message->isVisible() ? m_message->text() : QString(); }

QString SuitabilityCheckDialog::formatMoney(qint64 minor) {
  // Integer arithmetic only: money is never a floating-point number.
  const QString sign = minor < 0 ? QStringLiteral("-") : QString();
  const qint64 abs = minor < 0 ? -minor : minor;
  return sign + QLocale().toString(abs / 100) + QLocale().decimalPoint() +
         QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

qint64 SuitabilityCheckDialog::parseYuan(const QString& text) {
  static const QRegularExpression kAmount(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{0,2}))?$"));
  const auto m = kAmount.match(text.trimmed());
  if (!m.hasMatch()) return -1;
  QString cents = m.captured(2);
  while (cents.size() < 2) cents += QLatin1Char('0');
  return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

}  // namespace crm::desktop
