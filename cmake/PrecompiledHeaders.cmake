# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Precompiled Qt and standard headers for a build from scratch (the CI presets): most of a source's compile time is
# spent parsing the same Qt headers. Off by default: a developer's incremental build with a compiler cache gains
# little from it, and a build without it proves that every source includes the Qt headers it uses.
#
# Two header sets, each compiled once by a host target and reused by every target that asks for it: core (QtCore
# and the standard library) and gui (core plus QtGui and QtWidgets). Only Qt and standard headers go in: a
# precompiled header of the project's own would let a source use a header of a room above it without including it,
# past the walls of cmake/Rooms.cmake. QtTest stays out, because its headers test macros that differ per target
# (QT_TESTCASE_SOURCEDIR, QT_WIDGETS_LIB); GCC refuses a precompiled header built under a different value of a macro
# it tests, and -Winvalid-pch with -Werror turns that into an error rather than a silent slow build.
option(LUE_PRECOMPILE_HEADERS "Precompile the Qt headers (for builds from scratch, such as CI)" OFF)

set(lue_pch_core_headers
    <algorithm> <array> <atomic> <cmath> <functional> <limits> <map> <memory> <optional> <utility> <vector>
    <QtCore/QAbstractItemModel> <QtCore/QBuffer> <QtCore/QByteArray> <QtCore/QCommandLineParser>
    <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QDir> <QtCore/QFile> <QtCore/QFileInfo> <QtCore/QHash>
    <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList> <QtCore/QLocale>
    <QtCore/QMetaObject> <QtCore/QObject> <QtCore/QPointer> <QtCore/QRegularExpression> <QtCore/QSaveFile>
    <QtCore/QSet> <QtCore/QSettings> <QtCore/QSharedPointer> <QtCore/QStandardPaths> <QtCore/QString>
    <QtCore/QStringList> <QtCore/QTemporaryDir> <QtCore/QTextStream> <QtCore/QThread> <QtCore/QTimer>
    <QtCore/QTimeZone> <QtCore/QUrl> <QtCore/QVariant>)
set(lue_pch_gui_headers
    <QtGui/QPainter> <QtGui/QStandardItemModel>
    <QtWidgets/QAbstractItemView> <QtWidgets/QApplication> <QtWidgets/QCheckBox> <QtWidgets/QComboBox>
    <QtWidgets/QDialog> <QtWidgets/QDialogButtonBox> <QtWidgets/QFileDialog> <QtWidgets/QFormLayout>
    <QtWidgets/QGridLayout> <QtWidgets/QGroupBox> <QtWidgets/QHBoxLayout> <QtWidgets/QHeaderView>
    <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QListWidget> <QtWidgets/QMessageBox>
    <QtWidgets/QPushButton> <QtWidgets/QSplitter> <QtWidgets/QTabWidget> <QtWidgets/QTableView>
    <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>)

# The host targets: an object library of one empty source each, compiled with the options every target shares.
if(LUE_PRECOMPILE_HEADERS)
    set(lue_pch_source ${PROJECT_BINARY_DIR}/lue_pch_host.cpp)
    file(CONFIGURE OUTPUT ${lue_pch_source} CONTENT "// The precompiled headers' host (cmake/PrecompiledHeaders.cmake).\n")
    add_library(lue_pch_core OBJECT ${lue_pch_source})
    set_target_properties(lue_pch_core PROPERTIES AUTOMOC OFF)
    target_link_libraries(lue_pch_core PRIVATE Qt6::Core lue_compile_options)
    target_precompile_headers(lue_pch_core PRIVATE ${lue_pch_core_headers})
    if(LUE_BUILD_GUI)
        add_library(lue_pch_gui OBJECT ${lue_pch_source})
        set_target_properties(lue_pch_gui PROPERTIES AUTOMOC OFF)
        target_link_libraries(lue_pch_gui PRIVATE Qt6::Widgets lue_compile_options)
        target_precompile_headers(lue_pch_gui PRIVATE ${lue_pch_core_headers} ${lue_pch_gui_headers})
    endif()
endif()

# lue_precompile_headers(<target> [GUI]): the target includes the core (or gui) set first in every source.
function(lue_precompile_headers target)
    cmake_parse_arguments(ARG "GUI" "" "" ${ARGN})
    if(NOT LUE_PRECOMPILE_HEADERS)
        return()
    endif()
    if(ARG_GUI)
        target_precompile_headers(${target} REUSE_FROM lue_pch_gui)
    else()
        target_precompile_headers(${target} REUSE_FROM lue_pch_core)
    endif()
endfunction()
