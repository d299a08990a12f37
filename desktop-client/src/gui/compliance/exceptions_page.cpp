#include "gui/compliance/exceptions_page.h"

#include "api/display_formats.h"

#include "api/money.h"
#include "gui/customers/customer_detail_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStringConverter>
#include <QTextStream>
#include <QHeaderView>
#include <QLabel>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace crm::desktop {
namespace {

QString money(qint64 fen, const QString& currency) {
  const QString s = formatYuan(fen);
  return currency.isEmpty() || currency == QLatin1String("CNY") ? s : s + QLatin1Char(' ') + currency;
}

}  // namespace

SuitabilityExceptionModel::SuitabilityExceptionModel(CrmApi& api, QObject* parent)
    : QAbstractTableModel(parent), m_api(api) {}

int SuitabilityExceptionModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int SuitabilityExceptionModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString SuitabilityExceptionModel::kindLabel(const QString& kind) {
  if (kind == QLatin1String("MISMATCH_SALE")) return tr("Sales against a mismatch");
  if (kind == QLatin1String("SPECIAL_CARE_SALE")) return tr("Sales to special-care clients");
  if (kind == QLatin1String("ASSESSMENT_EXPIRING")) return tr("Assessments expiring within 30 days");
  if (kind == QLatin1String("HOLDING_ABOVE_LEVEL")) return tr("Holdings above the client's level");
  return kind;
}

namespace {
// When the exception happened, as each kind has it: the sale's time, the
// day the assessment expires, the day of the holdings snapshot.
QString whenText(const SuitabilityExceptionInfo& e) {
  if (!e.time.isValid()) return {};
  const bool sale = e.kind == QLatin1String("MISMATCH_SALE") || e.kind == QLatin1String("SPECIAL_CARE_SALE");
  return sale ? formatMinute(e.time) : formatDay(e.time.toLocalTime().date());
}
}  // namespace

QString SuitabilityExceptionModel::levelText(const QString& level) {
  return level == QLatin1String("C1_LOWEST") ? tr("C1 (lowest)") : level;
}

QString SuitabilityExceptionModel::reviewText(const SuitabilityExceptionInfo& e) {
  if (!e.reviewed) return {};
  return tr("%1, %2: %3").arg(e.reviewerName, formatDay(e.reviewTime.toLocalTime().date()), e.reviewNote);
}

QVariant SuitabilityExceptionModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) return {};
  const auto& e = m_rows.at(index.row());
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case Client: return e.customerName;
      case Owner: return e.ownerName;
      case Kind: return kindLabel(e.kind);
      case Level: return levelText(e.level);
      case Product:
        return e.productCode.isEmpty() ? QString() : QStringLiteral("%1 (R%2)").arg(e.productCode).arg(e.productRisk);
      case Amount: return e.amountMinor == 0 ? QString() : money(e.amountMinor, e.currency);
      case Time: return whenText(e);
      case Review: return e.reviewed ? reviewText(e) : tr("Not reviewed");
    }
  }
  if (role == Qt::ToolTipRole && index.column() == Review && e.reviewed) return reviewText(e);
  if (role == Qt::ForegroundRole && index.column() == Review)
    return e.reviewed ? QColor(0x16, 0x65, 0x34) : QColor(0xb4, 0x53, 0x09);
  if (role == Qt::TextAlignmentRole && index.column() == Amount)
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::UserRole) return e.customerId;
  return {};
}

QVariant SuitabilityExceptionModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Client: return tr("Client");
    case Owner: return tr("Account manager");
    case Kind: return tr("Exception");
    case Level: return tr("Client level");
    case Product: return tr("Product");
    case Amount:
      return m_kind == QLatin1String("HOLDING_ABOVE_LEVEL") ? tr("Market value (yuan)") : tr("Amount (yuan)");
    case Time:
      if (m_kind == QLatin1String("ASSESSMENT_EXPIRING")) return tr("Expires on");
      if (m_kind == QLatin1String("HOLDING_ABOVE_LEVEL")) return tr("Holding as of");
      return tr("Sold at");
    case Review: return tr("Review");
  }
  return {};
}

void SuitabilityExceptionModel::updateItem(int row, const SuitabilityExceptionInfo& item) {
  if (row < 0 || row >= m_rows.size()) return;
  m_rows[row] = item;
  Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SuitabilityExceptionModel::setUnreviewedOnly(bool only) {
  m_unreviewedOnly = only;
  setKind(m_kind);
}

bool SuitabilityExceptionModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && !m_atEnd && !m_loading;
}

void SuitabilityExceptionModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  m_loading = true;
  const int generation = m_generation;
  m_api.listSuitabilityExceptions(m_kind, m_nextToken, m_unreviewedOnly, this,
                                  [this, generation](Result<SuitabilityExceptionPage> r) {
                                    if (generation != m_generation) return;
                                    m_loading = false;
                                    if (!r.ok()) {
                                      m_atEnd = true;
                                      Q_EMIT failed(r.error.userMessage());
                                      return;
                                    }
                                    m_nextToken = r.value.nextPageToken;
                                    m_atEnd = m_nextToken.isEmpty();
                                    if (!r.value.items.isEmpty()) {
                                      beginInsertRows(QModelIndex(), static_cast<int>(m_rows.size()),
                                                      static_cast<int>(m_rows.size() + r.value.items.size() - 1));
                                      m_rows.append(r.value.items);
                                      endInsertRows();
                                    }
                                    Q_EMIT loaded(static_cast<int>(m_rows.size()));
                                  });
}

void SuitabilityExceptionModel::setKind(const QString& kind) {
  ++m_generation;
  m_loading = false;  // before the reset ends: a view may fetch from inside it
  beginResetModel();
  m_kind = kind;
  Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  m_rows.clear();
  m_nextToken.clear();
  m_atEnd = false;
  endResetModel();
  fetchMore(QModelIndex());
}

ExceptionsPage::ExceptionsPage(CrmApi& api, bool canReview, QWidget* parent) : QWidget(parent), m_api(api) {
  setObjectName(QStringLiteral("exceptionsPage"));
  m_model = new SuitabilityExceptionModel(api, this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(16, 12, 16, 12);
  auto* title = new QLabel(tr("Suitability exceptions"), this);
  QFont tf = title->font();
  tf.setPointSizeF(tf.pointSizeF() * 1.4);
  tf.setBold(true);
  title->setFont(tf);
  layout->addWidget(title);
  auto* bar = new QHBoxLayout();
  m_kind = new QComboBox(this);
  m_kind->setObjectName(QStringLiteral("exceptionKind"));
  for (const char* k : {"MISMATCH_SALE", "SPECIAL_CARE_SALE", "ASSESSMENT_EXPIRING", "HOLDING_ABOVE_LEVEL"}) {
    const QString kind = QString::fromLatin1(k);
    m_kind->addItem(SuitabilityExceptionModel::kindLabel(kind), kind);
  }
  m_unreviewed = new QCheckBox(tr("Only not yet reviewed"), this);
  m_unreviewed->setObjectName(QStringLiteral("unreviewedOnly"));
  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("exceptionStatus"));
  m_status->setStyleSheet(QStringLiteral("color: #4b5563;"));
  bar->addWidget(new QLabel(tr("Show:"), this));
  bar->addWidget(m_kind);
  bar->addWidget(m_unreviewed);
  bar->addStretch();
  bar->addWidget(m_status);
  layout->addLayout(bar);
  m_table = new QTableView(this);
  m_table->setObjectName(QStringLiteral("exceptionTable"));
  m_table->setModel(m_model);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->hide();
  m_table->setAlternatingRowColors(true);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setWordWrap(false);
  m_table->verticalHeader()->setDefaultSectionSize(26);
  // The kind is what "Show" picked, the same on every row: the export keeps
  // it, the table leaves room for the review instead.
  m_table->setColumnHidden(SuitabilityExceptionModel::Kind, true);
  m_table->setColumnWidth(SuitabilityExceptionModel::Client, 90);
  m_table->setColumnWidth(SuitabilityExceptionModel::Owner, 120);
  m_table->setColumnWidth(SuitabilityExceptionModel::Level, 100);
  m_table->setColumnWidth(SuitabilityExceptionModel::Product, 120);
  m_table->setColumnWidth(SuitabilityExceptionModel::Amount, 110);
  m_table->setColumnWidth(SuitabilityExceptionModel::Time, 120);
  layout->addWidget(m_table, 1);
  auto* actions = new QHBoxLayout();
  m_open = new QPushButton(tr("Open client"), this);
  m_open->setObjectName(QStringLiteral("openExceptionClient"));
  actions->addWidget(m_open);
  connect(m_open, &QPushButton::clicked, this, [this] { openClient(); });
  if (canReview) {
    m_review = new QPushButton(tr("Mark reviewed..."), this);
    m_review->setObjectName(QStringLiteral("reviewException"));
    actions->addWidget(m_review);
    connect(m_review, &QPushButton::clicked, this, [this] { openReview(); });
  }
  actions->addStretch();
  m_export = new QPushButton(tr("Export CSV..."), this);
  m_export->setObjectName(QStringLiteral("exportExceptions"));
  actions->addWidget(m_export);
  connect(m_export, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export suitability exceptions"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("%1-%2.csv").arg(m_model->kind().toLower(), QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty()) exportTo(path);
  });
  layout->addLayout(actions);
  connect(m_table, &QTableView::activated, this, [this] { openClient(); });
  connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExceptionsPage::updateButtons);
  connect(m_model, &QAbstractItemModel::modelReset, this, &ExceptionsPage::updateButtons);
  updateButtons();
  connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
    m_status->setText(tr("Loading..."));
    m_model->setKind(m_kind->currentData().toString());
  });
  connect(m_unreviewed, &QCheckBox::toggled, this, [this](bool only) {
    m_status->setText(tr("Loading..."));
    m_model->setUnreviewedOnly(only);
  });
  connect(m_model, &SuitabilityExceptionModel::loaded, this, [this](int rows) {
    m_status->setText(m_model->canFetchMore(QModelIndex()) ? tr("%n shown, more below", nullptr, rows)
                                                           : tr("%n in total", nullptr, rows));
  });
  connect(m_model, &SuitabilityExceptionModel::failed, this, [this](const QString& m) { m_status->setText(m); });
}

void ExceptionsPage::activate() {
  if (m_loadedOnce) return;
  m_loadedOnce = true;
  m_status->setText(tr("Loading..."));
  m_model->setKind(m_kind->currentData().toString());
}

int ExceptionsPage::currentRow() const {
  const auto rows = m_table->selectionModel()->selectedRows();
  return rows.isEmpty() ? -1 : rows.first().row();
}

void ExceptionsPage::updateButtons() {
  const bool selected = currentRow() >= 0;
  m_open->setEnabled(selected);
  if (m_review) m_review->setEnabled(selected);
}

CustomerDetailDialog* ExceptionsPage::openClient() {
  const int row = currentRow();
  if (row < 0) return nullptr;
  // Compliance reads the 360 view; it sells nothing.
  auto* dialog = new CustomerDetailDialog(m_api, m_model->itemAt(row).customerId, false, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
  return dialog;
}

ReviewExceptionDialog* ExceptionsPage::openReview() {
  const int row = currentRow();
  if (row < 0 || !m_review) return nullptr;
  auto* dialog = new ReviewExceptionDialog(m_api, m_model->itemAt(row), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  const QString key = m_model->itemAt(row).reviewKey;
  connect(dialog, &FormDialog::saved, this, [this, dialog, key] {
    // The row may have moved if the list reloaded meanwhile: find it by key.
    for (int r = 0; r < m_model->rowCount(); ++r)
      if (m_model->itemAt(r).reviewKey == key) m_model->updateItem(r, dialog->reviewed());
  });
  dialog->open();
  return dialog;
}

void ExceptionsPage::exportTo(const QString& path, std::function<void(int, const QString&)> done) {
  m_export->setEnabled(false);
  m_status->setText(tr("Exporting..."));
  exportPage(path, QString(), {}, std::move(done));
}

// Page by page (each page is a listing on the audit trail), then one file.
void ExceptionsPage::exportPage(const QString& path, const QString& token, QList<SuitabilityExceptionInfo> rows,
                                std::function<void(int, const QString&)> done) {
  const QString kind = m_model->kind();
  m_api.listSuitabilityExceptions(
      kind, token, m_unreviewed->isChecked(), this,
      [this, path, rows, done, kind](Result<SuitabilityExceptionPage> r) mutable {
        auto finish = [this, done](int n, const QString& error) {
          m_export->setEnabled(true);
          m_status->setText(error.isEmpty() ? tr("Exported %n exception(s).", nullptr, n) : error);
          if (done) done(n, error);
        };
        if (!r.ok()) return finish(0, r.error.userMessage());
        rows << r.value.items;
        if (!r.value.nextPageToken.isEmpty()) return exportPage(path, r.value.nextPageToken, rows, done);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return finish(0, tr("Cannot write %1.").arg(path));
        QTextStream out(&file);
        out.setEncoding(QStringConverter::Utf8);
        out.setGenerateByteOrderMark(true);  // Excel on Chinese Windows reads it as UTF-8
        auto cell = [](QString v) {
          // A name or note starting like a formula stays text in Excel.
          if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front())) v.prepend(QLatin1Char('\''));
          v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
          return QStringLiteral("\"%1\"").arg(v);
        };
        QStringList header;
        for (int c = 0; c < SuitabilityExceptionModel::ColumnCount; ++c)
          header << cell(m_model->headerData(c, Qt::Horizontal).toString());
        out << header.join(QLatin1Char(',')) << "\r\n";
        for (const auto& e : rows) {
          const QStringList line{
              cell(e.customerName),
              cell(e.ownerName),
              cell(SuitabilityExceptionModel::kindLabel(e.kind)),
              cell(SuitabilityExceptionModel::levelText(e.level)),
              cell(e.productCode.isEmpty() ? QString()
                                           : QStringLiteral("%1 (R%2)").arg(e.productCode).arg(e.productRisk)),
              cell(e.amountMinor == 0 ? QString() : money(e.amountMinor, e.currency)),
              cell(whenText(e)),
              cell(SuitabilityExceptionModel::reviewText(e))};
          out << line.join(QLatin1Char(',')) << "\r\n";
        }
        out.flush();
        file.close();
        finish(static_cast<int>(rows.size()), QString());
      });
}

ReviewExceptionDialog::ReviewExceptionDialog(CrmApi& api, const SuitabilityExceptionInfo& item, QWidget* parent)
    : FormDialog(QStringLiteral("reviewExceptionDialog"), tr("Review: %1").arg(item.customerName), tr("Mark reviewed"),
                 parent),
      m_api(api),
      m_item(item) {
  auto* what = new QLabel(QStringLiteral("%1 · %2%3")
                              .arg(item.customerName, SuitabilityExceptionModel::kindLabel(item.kind),
                                   item.productCode.isEmpty() ? QString() : QStringLiteral(" · ") + item.productCode));
  addField(QStringLiteral("what"), tr("Exception:"), what);
  m_note = new QPlainTextEdit;
  m_note->setObjectName(QStringLiteral("field_note"));
  m_note->setPlaceholderText(
      tr("What you checked and concluded, e.g. signed warning and recording on file, client "
         "called back (recorded)"));
  m_note->setMinimumHeight(90);
  if (item.reviewed) m_note->setPlainText(QString());
  addField(QStringLiteral("note"), tr("Note:"), m_note);
  if (item.reviewed) addNote(tr("Reviewed before: %1").arg(SuitabilityExceptionModel::reviewText(item)));
  addNote(tr("The note is kept with your name on the audit trail; a later review adds to it."));
}

void ReviewExceptionDialog::submit() {
  if (!begin()) return;
  m_api.reviewException(m_item, m_note->toPlainText().trimmed(), this, [this](Result<SuitabilityExceptionInfo> r) {
    if (r.ok()) m_item = r.value;
    finish(r.error);
  });
}

}  // namespace crm::desktop
