// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs a fuzz target's entry point once on every file named on the command line (or in a folder named there),
// so the regression inputs are replayed by CTest in a build without libFuzzer.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(argument);
        if (info.isDir()) {
            const QDir dir(argument);
            const QStringList names = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &name : names)
                files.append(dir.filePath(name));
        } else if (info.isFile()) {
            files.append(argument);
        } else {
            std::fprintf(stderr, "replay: %s does not exist\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "replay: no inputs\n");
        return 2;
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
        // A copy of exactly the input's size, so that reads past its end are caught as they are under libFuzzer.
        std::vector<uint8_t> data(bytes.cbegin(), bytes.cend());
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("replay: %lld inputs passed\n", static_cast<long long>(files.size()));
    return 0;
}
