#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tgs {

// What went wrong with a component, as the `problems` list of `detect --json` names it.
enum class ProblemKind {
    NotFound,
    DriverUnreachable,
    DriverLibraryMismatch,
    NoDevices,
    TimedOut,
    Unparseable,
    Failed,
};

QString problemKindId(ProblemKind kind);

// An error is a value: a kind and a message the user can act on.
struct Error
{
    ProblemKind kind = ProblemKind::Failed;
    QString message;
};

// GCC 12 has no std::expected in C++20; this is the small stand-in the core API returns.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace tgs
