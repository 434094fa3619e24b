#pragma once

#include <QPlainTextEdit>
#include <QStringList>
#include <QTimer>

namespace tgs::ui {

// The live output of a running tool. Lines are buffered and shown in batches (a tool can print tens of
// thousands of lines a second), and a progress line — a `\r` update, or a progress count — replaces the one
// before it in place, so the current state of a download bar stays visible as it changes.
class LiveConsole : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LiveConsole(QWidget *parent = nullptr);

    // `replaceable`: the next line replaces this one.
    void appendLine(const QString &text, bool replaceable = false);
    // Shows what is buffered now (tests and the end of a run call it; otherwise a timer does).
    void flush();
    void clearAll();
    QString allText(); // flushes first

private:
    void removeLastBlock();

    QStringList m_pending;        // whole lines not yet shown
    QString m_pendingProgress;    // the newest progress line, after m_pending
    bool m_shownProgress = false; // the last line in the view is a progress line
    qsizetype m_skipped = 0;      // lines of a flood that were never shown
    QTimer m_timer;
};

} // namespace tgs::ui
