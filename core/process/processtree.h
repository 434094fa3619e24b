#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

namespace tgs {

// The child of one ProcessRunner and everything it starts, so that time-outs, cancel, the end of the child and
// the end of this program leave no process behind.
//
// Linux: a process group is not enough (a child may `setsid`, or leave a background child when it exits), and
// PR_SET_PDEATHSIG reaches only the direct child. So every child carries a mark in its environment,
// TGS_PROCESS_TREE=<our pid>.<serial>, which everything it starts inherits through fork, exec and setsid (the
// technique of Jenkins' ProcessTreeKiller, which finds a build's daemons by an environment cookie). Ending a tree
// is: signal the child's process group, then every process whose environment holds the mark, read from
// /proc/<pid>/environ, until none is left (a bounded number of passes over /proc; each pass costs one read of
// the environment of each process of ours, the others cannot be read and are skipped).
// When a child ends by itself, only processes with ids handed out after its own are read (see release()).
// For SIGKILL of this program, where no code of ours runs: the direct child has PR_SET_PDEATHSIG = SIGKILL, and
// a guard process, forked once, waits on a pipe for this program's end and then ends every process with our
// marks. We decided against PR_SET_CHILD_SUBREAPER: it re-parents orphans to us, but they would still survive
// a SIGKILL of us, and it makes us reap processes QProcess does not know about.
// PR_SET_PDEATHSIG fires when the *thread* that started the child ends: runners live on the main thread.
// Not reached: a process that clears its environment (env -i, sudo) or rewrites it in memory. Ending the tree
// needs the right to signal the processes, which we have for our own.
//
// Windows: a job object with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE and no breakaway allowed (neither
// JOB_OBJECT_LIMIT_BREAKAWAY_OK nor _SILENT_BREAKAWAY_OK). The child is created suspended and resumed only once
// it is in the job, so nothing it starts can escape. Closing the handle (the child ended, or this program
// ended in any way) ends every process left in the job.
class ProcessTree
{
public:
    ProcessTree() = default;
    ~ProcessTree();
    ProcessTree(const ProcessTree &) = delete;
    ProcessTree &operator=(const ProcessTree &) = delete;

    // The environment variable that marks a tree (Linux), and the value for the next child.
    static QString markVariable();
    QString prepare();

#ifdef Q_OS_UNIX
    // Runs in the child between fork and exec (async-signal-safe only): its own process group, and SIGKILL when
    // `parent` (this program) ends.
    static void setUpChild(qint64 parent);
#endif

    // The child started. Windows: `suspendedThread` is its main thread (created suspended), resumed here.
    void adopt(qint64 pid, void *suspendedThread = nullptr);
    void terminate(); // politely (SIGTERM); Windows has no polite stop for console programs
    void kill();      // everything, now
    // The child ended: what it left behind (background children, daemons) is ended too, then forgotten.
    void release();

private:
#ifdef Q_OS_WIN
    void *m_job = nullptr;
#else
    qint64 m_group = 0;
    QByteArray m_mark; // "TGS_PROCESS_TREE=<pid>.<serial>"
    QElapsedTimer m_clock;
#endif
};

} // namespace tgs
