#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tgs {

// An error is a value: a message the user can act on.
struct Error
{
    QString message;
};

// GCC 12 has no std::expected in C++20; this is the small stand-in the core API returns.
// Detection uses its own error type, which also says what kind of problem it is.
template<typename T, typename E = Error> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(E error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const E &error() const { return std::get<E>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace tgs
