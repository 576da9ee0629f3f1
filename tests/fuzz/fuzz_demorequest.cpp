// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo cluster's own HTTP request head parser (the bytes a client sends before the server answers).
// Oracle: a complete head has a method, a target without spaces and lower-case header names without colons.
#include "fuzzcheck.h"

#include <demo/demohttpconnection.h>

#include <cstdint>

using namespace LicenseCore;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    // A small cap so the fuzzer reaches the "too large" answers with short inputs, and the real one.
    for (const qint64 cap : {qint64(256), DemoHttpConnection::MaxHeaderBytes}) {
        const DemoHttpHead head = parseDemoHttpHead(buffer, cap);
        if (qint64(buffer.size()) <= cap && !buffer.contains('\n'))
            FUZZ_CHECK(head.state == DemoHttpHead::State::Incomplete);
        if (head.state != DemoHttpHead::State::Complete)
            continue;
        const DemoHttpRequest &request = head.request;
        FUZZ_CHECK(!request.method.isEmpty());
        FUZZ_CHECK(!request.target.contains(' '));
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
            FUZZ_CHECK(!it.key().isEmpty());
            FUZZ_CHECK(!it.key().contains(':'));
            FUZZ_CHECK(it.key() == it.key().toLower());
            FUZZ_CHECK(it.value() == it.value().trimmed());
        }
    }
    return 0;
}
