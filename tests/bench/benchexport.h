// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <demo/exportgenerator.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QString>
#include <QTextStream>

// The export a benchmark measures: `path` as it is if it exists, else generated there (seed 42, so every run and
// every benchmark measures the same data), starting at `startMs` (0: the generator's default). False, after saying
// why on `err`, when it cannot be written.
inline bool ensureBenchExport(const QString &path, int environments, int hosts, int hours, QTextStream &out,
                              QTextStream &err, qint64 startMs = 0)
{
    if (QFileInfo::exists(path))
        return true;
    LicenseCore::GeneratorOptions options;
    options.environments = environments;
    options.hosts = hosts;
    options.hours = hours;
    options.seed = 42;
    options.startMs = startMs;
    QElapsedTimer timer;
    timer.start();
    const LicenseCore::Error error = LicenseCore::ExportGenerator(options).writeZipFile(path);
    if (error.isError()) {
        err << "bench: " << error.message() << '\n';
        return false;
    }
    out << "generated " << path << " in " << timer.elapsed() / 1000.0 << " s\n";
    return true;
}
