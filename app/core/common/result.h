// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/error.h>

#include <utility>
#include <variant>

namespace LicenseCore {

// The value of a fallible core function: either a T or an Error.
template<typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value reads naturally
        : m_data(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For functions that return nothing on success.
using Status = Error;

} // namespace LicenseCore
