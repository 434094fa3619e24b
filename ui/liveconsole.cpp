#include "liveconsole.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace tgs::ui {

namespace {
constexpr int kFlushMs = 40;     // about 25 updates a second: smooth, and no stall of the event loop
constexpr int kMaxLines = 20000; // the view keeps the newest lines; the log file keeps them all
constexpr int kMaxBatch = 2500;  // lines shown per update: more at once would stall the window
} // namespace

LiveConsole::LiveConsole(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMaximumBlockCount(kMaxLines);
    setUndoRedoEnabled(false);
    QFont mono = font();
    mono.setFamilies({QStringLiteral("Consolas"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveConsole::flush);
}

void LiveConsole::appendLine(const QString &text, bool replaceable)
{
    if (replaceable) {
        m_pendingProgress = text;
    } else {
        m_pendingProgress.clear(); // a whole line ends the progress before it: it shows the final state
        m_pending << text;
        if (m_pending.size() >= 2 * kMaxBatch) { // a flood between two updates: only the newest can be shown
            m_pending.erase(m_pending.begin(), m_pending.begin() + kMaxBatch);
            m_skipped += kMaxBatch;
        }
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void LiveConsole::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty() && m_pendingProgress.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    if (m_shownProgress)
        removeLastBlock();
    m_shownProgress = false;
    if (m_pending.size() > kMaxBatch) {
        m_skipped += m_pending.size() - kMaxBatch;
        m_pending.erase(m_pending.begin(), m_pending.begin() + (m_pending.size() - kMaxBatch));
    }
    if (m_skipped > 0) {
        // A flood (tens of thousands of lines a second): the newest are shown, and how many went by; the log
        // file keeps every line.
        m_pending.prepend(tr("[… %n line(s) not shown here; the log file has them]", nullptr, int(m_skipped)));
        m_skipped = 0;
    }
    if (!m_pending.isEmpty())
        appendPlainText(m_pending.join(u'\n'));
    if (!m_pendingProgress.isEmpty()) {
        appendPlainText(m_pendingProgress);
        m_shownProgress = true;
    }
    m_pending.clear();
    m_pendingProgress.clear();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void LiveConsole::clearAll()
{
    m_timer.stop();
    m_pending.clear();
    m_pendingProgress.clear();
    m_shownProgress = false;
    m_skipped = 0;
    clear();
}

QString LiveConsole::allText()
{
    flush();
    return toPlainText();
}

void LiveConsole::removeLastBlock()
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    if (document()->blockCount() > 1) {
        // Take the line break before it too, so the next line takes its place.
        cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
    }
    cursor.removeSelectedText();
}

} // namespace tgs::ui
