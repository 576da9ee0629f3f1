#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of `license-usage history`: the merge as a user sees it, and the store under faults (killed
imports, a damaged or newer store, a read-only folder, a full disk, a lock held by another program).

Usage: test_history_cli.py <path to license-usage>
"""
import hashlib
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

sys.dont_write_bytecode = True  # importing test_cli must not leave a cache in the source tree
import test_cli  # noqa: E402
from test_cli import HOUR_13, HOUR_14, HOUR_15, env_a, env_b_13, hour_file  # noqa: E402

CLI = None
HOUR_10 = HOUR_13 - 3 * 3600000
GIB = 1 << 30

HEADER = (
    "hour_start_utc,environment_id,environment_name,hosts,host_units,fullstack_host_units,"
    "infrastructure_host_units,paas_host_units,visits,mobile_sessions,session_replays,"
    "mobile_session_replays,rum_user_properties,synthetic_browser_executions,synthetic_http_executions,"
    "dem_units_estimate,ddu_total,custom_metrics,log_storage_bytes,log_upload_bytes,trial")

# The older export, made on 2 October: hours 13 and 14, each with env-a (PaaS limit 2 GiB) and env-b.
# The newer one, made on 3 October: hours 14 and 15 with env-a alone, its PaaS limit at 14 raised to 6 GiB.
OLDER_MADE = (2026, 10, 2, 0, 0, 0)
NEWER_MADE = (2026, 10, 3, 0, 0, 0)
OLDER = {"h13.json": hour_file(HOUR_13, [env_b_13(), env_a(HOUR_13, 2 * GIB)]),
         "h14.json": hour_file(HOUR_14, [env_b_13(), env_a(HOUR_14, 2 * GIB)])}
NEWER = {"h14.json": hour_file(HOUR_14, [env_a(HOUR_14, 6 * GIB)]),
         "h15.json": hour_file(HOUR_15, [env_a(HOUR_15, 0, active_minutes=3)])}

# Computed by hand. 13:00 only the older export holds: env-a 2 GiB PaaS -> 0.25 host units; env-b as in
# test_cli.py (8 GiB full stack 0.5 + 32 GiB infrastructure 0.3 x 2 = 0.6 -> 1.1; DEM 7.75; DDU 1.75).
# 14:00 the newer export stands for the whole hour: env-a 6 GiB PaaS -> 0.5, and env-b, which it no longer
# lists, is gone. 15:00 env-a's only host was active 3 minutes: not counted.
MERGED = (
    HEADER + ",ddu_log,ddu_metrics\n"
    "2026-10-01T13:00:00Z,env-a,,1,0.25,0,0,0.25,0,0,0,0,0,0,0,0,0,0,0,0,true,0,0\n"
    "2026-10-01T13:00:00Z,env-b,,2,1.1,0.5,0.6,0,10,2,1,0,5,3,10,7.75,1.75,7,100,200,false,0.25,1.5\n"
    "2026-10-01T14:00:00Z,env-a,,1,0.5,0,0,0.5,0,0,0,0,0,0,0,0,0,0,0,0,true,0,0\n"
    "2026-10-01T15:00:00Z,env-a,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,true,0,0\n")


def write_export(path, files, made):
    """A flat export whose entries all carry the modification time `made`: the export's made time."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=made)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name])


def run(*args, timeout=60, preexec_fn=None, cli=None):
    env = dict(os.environ, HOME=test_cli.ISOLATED_HOME, XDG_DATA_HOME=os.path.join(test_cli.ISOLATED_HOME, "data"),
               XDG_CONFIG_HOME=os.path.join(test_cli.ISOLATED_HOME, "config"),
               XDG_CACHE_HOME=os.path.join(test_cli.ISOLATED_HOME, "cache"))
    return subprocess.run([cli or CLI, *args], capture_output=True, timeout=timeout, env=env, preexec_fn=preexec_fn)


def folder_state(folder, journals=True):
    """Every file under `folder` with its SHA-256: what must not change. Without `journals`, SQLite's write-ahead log
    and its index are left out: a process that could not write may leave them behind, holding nothing committed."""
    state = {}
    for root, _, names in os.walk(folder):
        for name in names:
            if not journals and name.endswith(("-wal", "-shm")):
                continue
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                state[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return state


def others_can_run(path):
    """Whether a user who owns none of it may run the program at `path`."""
    if not os.stat(path).st_mode & stat.S_IXOTH:
        return False
    folder = os.path.dirname(os.path.abspath(path))
    while True:
        if not os.stat(folder).st_mode & stat.S_IXOTH:
            return False
        parent = os.path.dirname(folder)
        if parent == folder:
            return True
        folder = parent


def rows_per_export(store):
    """sha256 -> the export's rows in each table that has an export_id column (but the standing hours, which depend
    on the other exports), the store's integrity check verdict, and standing hours of exports the store lacks."""
    db = sqlite3.connect(store)
    try:
        verdict = db.execute("PRAGMA integrity_check").fetchall()
        names = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        if "export" not in names:
            return {}, verdict, 0  # killed before its schema was committed: an empty store
        tables = [name for name in names
                  if name != "standing" and
                  any(column[1] == "export_id" for column in db.execute(f"PRAGMA table_info({name})"))]
        counts = {}
        for export_id, sha in db.execute("SELECT id, sha256 FROM export"):
            counts[sha] = tuple(db.execute(f"SELECT COUNT(*) FROM {table} WHERE export_id = ?",
                                           (export_id,)).fetchone()[0] for table in sorted(tables))
        orphans = db.execute("SELECT COUNT(*) FROM standing WHERE export_id NOT IN (SELECT id FROM export)").fetchone()
        return counts, verdict, orphans[0]
    finally:
        db.close()


class HistoryTestCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.store = self.path("store", "history.sqlite")
        self.kept = self.path("store", "history-exports")

    def tearDown(self):
        self.dir.cleanup()

    def path(self, *names):
        return os.path.join(self.dir.name, *names)

    def history(self, *args, store=None, **kwargs):
        command, rest = args[0], args[1:]
        return run("history", command, "--history", store or self.store, *rest, **kwargs)

    def ok(self, *args, **kwargs):
        result = self.history(*args, **kwargs)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        return result.stdout.decode()

    def exports(self):
        older, newer = self.path("older.zip"), self.path("newer.zip")
        write_export(older, OLDER, OLDER_MADE)
        write_export(newer, NEWER, NEWER_MADE)
        return older, newer

    def assert_one_line(self, result, status, needle):
        err = result.stderr.decode()
        self.assertEqual(result.returncode, status, f"stdout={result.stdout[:300]!r} stderr={err!r}")
        self.assertTrue(err.startswith("license-usage: "), err)
        self.assertEqual(err.count("\n"), 1, err)
        self.assertIn(needle, err)


class Merge(HistoryTestCase):
    def test_one_export_gives_the_csv_of_csv(self):
        for writer in (test_cli.write_flat, test_cli.write_nested):
            with self.subTest(writer=writer.__name__):
                export = self.path(writer.__name__ + ".zip")
                writer(export, test_cli.FILES, sorted(test_cli.FILES))
                store = self.path(writer.__name__, "history.sqlite")
                self.ok("import", export, store=store)
                self.assertEqual(self.ok("csv", store=store), test_cli.EXPECTED_HOURLY)
                for granularity in ("day", "month"):
                    direct = run("csv", export, "--granularity", granularity)
                    self.assertEqual(direct.returncode, 0)
                    self.assertEqual(self.ok("csv", "--granularity", granularity, store=store),
                                     direct.stdout.decode())

    def test_newer_export_stands_for_whole_hours(self):
        older, newer = self.exports()
        out = self.ok("import", older, newer)
        self.assertEqual(out.splitlines()[0], older + ": 2 hours added")
        self.assertRegex(out.splitlines()[1],
                         "^" + re.escape(newer) + r": 1 hour added, 1 hour replaced \(\d+ values? changed\)$")
        self.assertEqual(self.ok("csv"), MERGED)
        self.assertEqual(self.ok("csv", "--cluster", "cluster-1", "-o", "-"), MERGED)

    def test_older_after_newer_changes_nothing_it_holds(self):
        older, newer = self.exports()
        self.assertEqual(self.ok("import", newer), newer + ": 2 hours added\n")
        newer_only = self.ok("csv")
        self.assertEqual(newer_only, HEADER + "\n" + "".join(
            line + "\n" for line in MERGED.splitlines()[3:]).replace(",0,0\n", "\n"))
        self.assertEqual(self.ok("import", older),
                         older + ": 1 hour added, 1 hour left alone: a newer export holds it\n")
        self.assertEqual(self.ok("csv"), MERGED)

    def test_same_file_twice_says_so(self):
        older, newer = self.exports()
        self.ok("import", older, newer)
        listed = self.ok("list")
        self.assertEqual(self.ok("import", newer, older),
                         f"{newer}: already in the history; nothing changed\n"
                         f"{older}: already in the history; nothing changed\n")
        self.assertEqual(self.ok("list"), listed)
        self.assertEqual(self.ok("csv"), MERGED)
        self.assertEqual(len(os.listdir(self.kept)), 2)

    def test_range_granularity_and_environment(self):
        older, newer = self.exports()
        self.ok("import", older, newer)
        lines = MERGED.splitlines()
        self.assertEqual(self.ok("csv", "--from", "2026-10-01T14:00:00Z", "--to", "2026-10-01T15:00:00Z"),
                         "\n".join([HEADER, lines[3][:-4]]) + "\n")
        # A partial end hour is included, as for fetch; the default start is the first hour in the history.
        self.assertEqual(self.ok("csv", "--to", "2026-10-01T13:30:00Z"), "\n".join(lines[:3]) + "\n")
        self.assertEqual(self.ok("csv", "--environment", "env-b"), "\n".join([lines[0], lines[2]]) + "\n")
        daily = self.ok("csv", "--granularity", "day", "--environment", "env-a").splitlines()
        self.assertEqual(len(daily), 2)
        # 0.25 + 0.5 + 0 host-unit hours, peak 0.5, over three hours with data.
        self.assertTrue(daily[1].startswith("2026-10-01T00:00:00Z,env-a,,3,1,0.75,0.5,"), daily[1])
        out = self.path("out.csv")
        self.ok("csv", "-o", out)
        with open(out) as f:
            self.assertEqual(f.read(), MERGED)

    def test_empty_range_gives_the_header_alone(self):
        older, newer = self.exports()
        self.assertEqual(self.ok("csv"), HEADER + "\n")
        self.ok("import", older, newer)
        self.assertEqual(self.ok("csv", "--from", "2026-11-01"), HEADER + "\n")
        self.assertEqual(self.ok("csv", "--cluster", "no-such-cluster"), HEADER + "\n")

    def test_gaps_one_line_per_missing_range(self):
        first = self.path("c1.zip")
        write_export(first, {"a.json": hour_file(HOUR_13, [env_a(HOUR_13, GIB)]),
                             "b.json": hour_file(HOUR_15, [env_a(HOUR_15, GIB)])}, OLDER_MADE)
        second = self.path("c2.zip")

        def env_c(start):
            return dict(env_a(start, GIB), environmentUuid="env-c")
        write_export(second, {"a.json": hour_file(HOUR_10, [env_c(HOUR_10)], cluster="cluster-2"),
                              "b.json": hour_file(HOUR_13, [env_c(HOUR_13)], cluster="cluster-2"),
                              "c.json": hour_file(HOUR_14, [env_c(HOUR_14)], cluster="cluster-2")}, OLDER_MADE)
        self.assertEqual(self.ok("gaps"), "")
        self.ok("import", first, second)
        result = self.history("gaps")
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout.decode(),
                         "cluster-1 2026-10-01T14:00:00Z 2026-10-01T15:00:00Z 1\n"
                         "cluster-2 2026-10-01T11:00:00Z 2026-10-01T13:00:00Z 2\n")
        self.assertEqual(result.stderr, b"")
        self.assertEqual(self.ok("gaps", "--cluster", "cluster-2"),
                         "cluster-2 2026-10-01T11:00:00Z 2026-10-01T13:00:00Z 2\n")
        # Two clusters side by side: the CSV of all of them holds both.
        self.assertEqual(len(self.ok("csv").splitlines()), 1 + 2 + 3)
        self.assertEqual(len(self.ok("csv", "--cluster", "cluster-2").splitlines()), 1 + 3)

    def test_list_forget_rebuild_round_trip(self):
        older, newer = self.exports()
        self.ok("import", older, newer)
        listed = self.ok("list").splitlines()
        self.assertEqual(len(listed), 3)
        self.assertEqual(listed[0].split(), ["ID", "SHA-256", "File", "Cluster", "From", "To", "Made", "Ingested",
                                             "Hours", "standing"])
        first, second = listed[1].split(), listed[2].split()
        self.assertEqual(first[2:6], ["older.zip", "cluster-1", "2026-10-01T13:00:00Z", "2026-10-01T15:00:00Z"])
        self.assertEqual(first[-3:], ["1", "of", "2"])
        self.assertEqual(second[2:6], ["newer.zip", "cluster-1", "2026-10-01T14:00:00Z", "2026-10-01T16:00:00Z"])
        self.assertEqual(second[-3:], ["2", "of", "2"])
        with open(older, "rb") as f:
            self.assertTrue(hashlib.sha256(f.read()).hexdigest().startswith(first[1]))

        # Forgetting the newer export hands hour 14 back to the older one, env-b included.
        self.assertEqual(self.ok("forget", second[0]), f"Forgot export {second[0]} (newer.zip).\n")
        older_only = self.ok("csv").splitlines()
        self.assertEqual([line[:31] for line in older_only[1:]],
                         ["2026-10-01T13:00:00Z,env-a,,1,0", "2026-10-01T13:00:00Z,env-b,,2,1",
                          "2026-10-01T14:00:00Z,env-a,,1,0", "2026-10-01T14:00:00Z,env-b,,2,1"])
        self.assertEqual(len(os.listdir(self.kept)), 1)
        self.ok("import", newer)
        self.assertEqual(self.ok("csv"), MERGED)

        # By the start of its SHA-256, then back again.
        self.ok("forget", first[1])
        self.ok("import", older)
        self.assertEqual(self.ok("csv"), MERGED)

        result = self.history("rebuild")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertEqual(result.stdout.decode(), "Rebuilt the history from 2 kept exports.\n")
        self.assertEqual(result.stderr.decode(), "Rebuilding 1/2: older.zip\nRebuilding 2/2: newer.zip\n")
        self.assertEqual(self.ok("csv"), MERGED)

        # A lost store comes back from the kept exports alone.
        os.remove(self.store)
        self.assertEqual(self.ok("list"), "The history holds no exports.\n")
        self.ok("rebuild")
        self.assertEqual(self.ok("csv"), MERGED)
        self.assertEqual(len(self.ok("list").splitlines()), 3)

        result = self.history("forget", "99")
        self.assert_one_line(result, 2, "no export '99'")

    def test_history_option_isolates_stores(self):
        older, newer = self.exports()
        other = self.path("other", "elsewhere.sqlite")
        self.ok("import", older)
        self.ok("import", newer, store=other)
        self.assertIn("older.zip", self.ok("list"))
        self.assertNotIn("newer.zip", self.ok("list"))
        self.assertIn("newer.zip", self.ok("list", store=other))
        self.assertNotIn("older.zip", self.ok("list", store=other))
        with open(newer, "rb") as f:
            self.assertEqual(os.listdir(self.path("other", "elsewhere-exports")),
                             [hashlib.sha256(f.read()).hexdigest() + ".zip"])
        # Without --history: the settings' history file, else the data folder's; neither was touched.
        data = os.path.join(test_cli.ISOLATED_HOME, "data", "LicenseUsageExplorer", "License Usage Explorer")
        self.assertFalse(os.path.exists(os.path.join(data, "history.sqlite")))
        settings = os.path.join(test_cli.ISOLATED_HOME, "config", "LicenseUsageExplorer",
                                "License Usage Explorer.conf")
        os.makedirs(os.path.dirname(settings), exist_ok=True)
        with open(settings, "w") as f:
            f.write(f"[settings]\nhistory\\file={other}\n")
        try:
            result = run("history", "list")
            self.assertEqual(result.returncode, 0, result.stderr.decode())
            self.assertIn("newer.zip", result.stdout.decode())
            self.assertIn("older.zip", self.ok("list"))
        finally:
            os.remove(settings)

    def test_usage_errors(self):
        for args, status in ((["history"], 2), (["history", "frobnicate"], 2), (["history", "import"], 2),
                             (["history", "import", self.path("missing.zip")], 2),
                             (["history", "csv", "--granularity", "week"], 2),
                             (["history", "csv", "--from", "yesterday"], 2),
                             (["history", "csv", "--from", "2026-10-02", "--to", "2026-10-01"], 2),
                             (["history", "list", "extra"], 2), (["history", "forget"], 2)):
            with self.subTest(args=args):
                result = run(*args, "--history", self.store)
                self.assertEqual(result.returncode, status, result.stderr.decode())
                self.assertTrue(result.stderr.decode().startswith("license-usage: "), result.stderr.decode())
        self.assertFalse(os.path.exists(self.store))
        for command in ("import", "csv", "gaps", "list", "rebuild", "forget"):
            result = run("history", command, "--help")
            self.assertEqual(result.returncode, 0)
            self.assertIn("license-usage history " + command, result.stdout.decode())
            self.assertIn("--history <file>", result.stdout.decode())
        result = run("--help")
        self.assertIn("5 history store unusable", result.stdout.decode())


class HostileExportsThroughImport(test_cli.HostileInputs):
    """The hostile archives of test_cli.py, refused by `history import` before anything reaches the store."""

    PADDING_BYTES = 640 << 20

    def setUp(self):
        super().setUp()
        self.store_dir = tempfile.TemporaryDirectory()
        self.store = os.path.join(self.store_dir.name, "history.sqlite")
        good = os.path.join(self.store_dir.name, "good.zip")
        write_export(good, OLDER, OLDER_MADE)
        result = run("history", "import", "--history", self.store, good)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        os.remove(good)

    def tearDown(self):
        self.store_dir.cleanup()
        super().tearDown()

    def assert_rejected(self, export, needle=None, max_seconds=30):
        listed = run("history", "list", "--history", self.store).stdout
        before = folder_state(self.store_dir.name)
        started = time.monotonic()
        result = run("history", "import", "--history", self.store, export, timeout=120)
        seconds = time.monotonic() - started
        err = result.stderr.decode()
        self.assertEqual(result.returncode, 3, f"stdout={result.stdout[:200]!r} stderr={err!r}")
        self.assertTrue(err.startswith("license-usage: "), err)
        self.assertEqual(err.count("\n"), 1, err)
        if needle:
            self.assertIn(needle, err)
        self.assertEqual(result.stdout, b"")
        self.assertEqual(folder_state(self.store_dir.name), before)
        self.assertEqual(run("history", "list", "--history", self.store).stdout, listed)
        self.assertLess(seconds, max_seconds)


class Faults(HistoryTestCase):
    def filled_store(self):
        older, newer = self.exports()
        self.ok("import", older)
        return newer

    def assert_unusable(self, result, needle=None):
        self.assert_one_line(result, 5, self.store)
        if needle:
            self.assertIn(needle, result.stderr.decode())

    def assert_refused_untouched(self, needle, commands=(("list",), ("csv",), ("gaps",), ("rebuild",))):
        newer = self.path("newer.zip")
        before = folder_state(self.path("store"))
        for command in (*commands, ("import", newer)):
            with self.subTest(command=command[0]):
                self.assert_unusable(self.history(*command), needle)
                self.assertEqual(folder_state(self.path("store")), before)

    def test_killed_imports_leave_each_export_whole_or_absent(self):
        exports = []
        for i in range(6):
            export = self.path(f"e{i}.zip")
            result = run("generate", "-o", export, "--environments", "4", "--hosts", "300", "--hours", "96",
                         "--seed", "1", "--start", f"2026-09-{1 + 2 * i:02d}T00:00:00Z")
            self.assertEqual(result.returncode, 0, result.stderr.decode())
            exports.append(export)
        shas = set()
        for export in exports:
            with open(export, "rb") as f:
                shas.add(hashlib.sha256(f.read()).hexdigest())

        reference = self.path("reference", "history.sqlite")
        started = time.monotonic()
        self.ok("import", *exports, store=reference)
        full_seconds = time.monotonic() - started
        expected_rows, _, _ = rows_per_export(reference)
        expected_csv = self.ok("csv", store=reference)
        self.assertEqual(set(expected_rows), shas)

        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        kills = 0
        runs = 0
        while kills < 24 and runs < 80:
            runs += 1
            process = subprocess.Popen([CLI, "history", "import", "--history", self.store, *exports],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       env=dict(os.environ, HOME=test_cli.ISOLATED_HOME))
            time.sleep(rng.uniform(0.0, full_seconds))
            process.send_signal(signal.SIGKILL)
            if process.wait() == -signal.SIGKILL:
                kills += 1
            context = f"seed {seed}, run {runs}"
            if not os.path.exists(self.store):
                continue
            counts, verdict, orphans = rows_per_export(self.store)
            self.assertEqual(verdict, [("ok",)], context)
            self.assertEqual(orphans, 0, context)
            for sha, rows in counts.items():
                self.assertEqual(rows, expected_rows[sha], f"{context}: export {sha[:12]} is not whole")
                self.assertTrue(os.path.exists(os.path.join(self.kept, sha + ".zip")), context)
            if len(counts) == len(exports):
                # Complete: start again, so that the next kills meet imports in progress.
                self.assertEqual(self.ok("csv"), expected_csv, context)
                shutil.rmtree(self.path("store"))
        self.assertGreaterEqual(kills, 20, f"only {kills} of {runs} imports were killed while running")

        # The next run completes what the last kill left.
        self.ok("import", *exports)
        counts, verdict, _ = rows_per_export(self.store)
        self.assertEqual(verdict, [("ok",)])
        self.assertEqual(counts, expected_rows)
        self.assertEqual(self.ok("csv"), expected_csv)
        self.assertEqual(sorted(os.listdir(self.kept)), sorted(sha + ".zip" for sha in shas))

    def test_damaged_store(self):
        self.filled_store()
        expected = self.ok("csv")
        # The standing hours' first page, overwritten in the middle of the file.
        db = sqlite3.connect(self.store)
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'standing'").fetchone()[0]
        db.close()
        with open(self.store, "r+b") as f:
            f.seek((root - 1) * page_size)
            f.write(b"\x0d\xff damaged " * (page_size // 10))
        self.assert_refused_untouched("history rebuild")
        # The next step the message names: move the file aside and rebuild from the kept exports.
        os.rename(self.store, self.store + ".damaged")
        self.ok("rebuild")
        self.assertEqual(self.ok("csv"), expected)

    def test_not_a_database(self):
        self.filled_store()
        with open(self.store, "r+b") as f:
            f.write(b"PK\x03\x04 not a store at all")
        self.assert_refused_untouched("history rebuild")

    def test_newer_schema(self):
        self.filled_store()
        db = sqlite3.connect(self.store)
        db.execute("PRAGMA user_version = 99")
        db.close()
        self.assert_refused_untouched("newer version")
        self.assertFalse(os.path.exists(self.store + "-wal"))
        self.assertFalse(os.path.exists(self.store + "-shm"))

    def test_read_only_data_folder(self):
        newer = self.filled_store()
        cli, preexec = CLI, None
        if os.geteuid() == 0:
            # Mode bits do not stop root: the program runs as nobody, for whom they do, from a copy if nobody may
            # not reach the build.
            if not others_can_run(CLI):
                cli = self.path("license-usage")
                shutil.copy(CLI, cli)
            os.chmod(self.dir.name, 0o755)

            def preexec():
                os.setgid(65534)
                os.setuid(65534)
        for root, folders, files in os.walk(self.path("store")):
            for name in files:
                os.chmod(os.path.join(root, name), 0o444)
            for name in folders:
                os.chmod(os.path.join(root, name), 0o555)
        os.chmod(self.path("store"), 0o555)
        os.chmod(newer, 0o644)
        try:
            before = folder_state(self.path("store"))
            for command in (("import", newer), ("list",)):
                with self.subTest(command=command[0]):
                    result = run("history", command[0], "--history", self.store, *command[1:], cli=cli,
                                 preexec_fn=preexec)
                    self.assert_unusable(result, "cannot be written")
                    self.assertEqual(folder_state(self.path("store")), before)
        finally:
            os.chmod(self.path("store"), 0o755)
            for root, folders, files in os.walk(self.path("store")):
                for name in folders:
                    os.chmod(os.path.join(root, name), 0o755)
                for name in files:
                    os.chmod(os.path.join(root, name), 0o644)
        self.assertIn("older.zip", self.ok("list"))

    def test_full_disk(self):
        newer = self.filled_store()
        # Many environments in one hour: a small file that takes many pages of the store.
        wide = self.path("wide.zip")
        write_export(wide, {"h16.json": hour_file(HOUR_15 + 3600000, [
            {"environmentUuid": f"environment-{i:05d}", "visits": i} for i in range(3000)])}, NEWER_MADE)
        large = self.path("large.zip")
        result = run("generate", "-o", large, "--environments", "2", "--hosts", "40", "--hours", "24", "--flat")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        listed = self.ok("list")
        # SQLite's shared-memory index of the journal takes 32 KiB: a smaller limit fails the opening; 48 KiB
        # fails the kept copy of an export larger than that, or the journal of an ingest that needs more.
        for limit, export in ((16 << 10, newer), (48 << 10, large), (48 << 10, wide)):
            with self.subTest(limit=limit, export=os.path.basename(export)):
                if export == large:
                    self.assertGreater(os.path.getsize(export), limit)
                if export == wide:
                    self.assertLess(os.path.getsize(export), limit - (32 << 10))
                before = folder_state(self.path("store"), journals=False)

                def preexec():
                    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
                self.assert_unusable(self.history("import", export, preexec_fn=preexec), "no room")
                self.assertEqual(folder_state(self.path("store"), journals=False), before)
                counts, verdict, _ = rows_per_export(self.store)
                self.assertEqual(verdict, [("ok",)])
                self.assertEqual(self.ok("list"), listed)
        self.ok("import", newer, wide, large)
        self.assertEqual(len(self.ok("list").splitlines()), 5)

    def test_locked_store(self):
        newer = self.filled_store()
        before = folder_state(self.path("store"))
        listed = self.ok("list")
        db = sqlite3.connect(self.store, isolation_level=None)
        db.execute("BEGIN EXCLUSIVE")
        try:
            # Readers are not held up by a writer.
            self.assertEqual(self.ok("list"), listed)
            started = time.monotonic()
            self.assert_unusable(self.history("import", newer), "locked")
            self.assertGreaterEqual(time.monotonic() - started, 5)
        finally:
            db.execute("ROLLBACK")
            db.close()
        self.assertEqual(folder_state(self.path("store")), before)
        self.ok("import", newer)
        self.assertEqual(self.ok("csv"), MERGED)


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    test_cli.CLI = CLI
    try:
        unittest.main(verbosity=2)
    finally:
        shutil.rmtree(test_cli.ISOLATED_HOME, ignore_errors=True)
