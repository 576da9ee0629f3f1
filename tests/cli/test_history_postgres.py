#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The history on PostgreSQL through the command line, against a real server this test starts
(tests/postgres/pgserver.py) and stops at the end, whatever the tests did. No server is a failure, not a skip.

- Several importers at once (processes) give the same hourly CSV as one after the other, and as SQLite.
- A refused password, an unreachable server, a TLS failure and a password in the URI: one line each, exit 5.
- The database password appears in no output, no file the program writes and no command line.

Usage: test_history_postgres.py <path to license-usage>
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # importing the helpers must not leave a cache in the source tree
sys.path.insert(0, os.path.join(HERE, "..", "postgres"))
from pgserver import PostgresServer  # noqa: E402

CLI = None
SERVER = None
HOUR_MS = 3600 * 1000
H0 = 1790812800000  # 2026-10-01T00:00:00Z


def hour_file(cluster, start, environments):
    return json.dumps({"clusterUuid": cluster, "timeFrameStart": start, "timeFrameEnd": start + HOUR_MS,
                       "environmentBillingEntries": environments}).encode()


def environment(index, visits, memory_gib):
    host = {"osiId": 1000 + index, "paas": False, "infrastructureOnly": False, "hostMemoryBytes": memory_gib << 30,
            "agentUsages": []}
    return {"environmentUuid": "env-%d" % index, "visits": visits, "hostUsages": [host]}


def write_export(path, cluster, first_hour, hours, made, seed):
    """An export of `hours` hours from `first_hour` of three environments; `seed` changes the values, `made` (a
    zip date tuple) dates it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for h in range(first_hour, first_hour + hours):
            start = H0 + h * HOUR_MS
            envs = [environment(e, seed * 100 + h + e, 4 + (seed + e) % 3) for e in range(3)]
            info = zipfile.ZipInfo("h%04d.json" % h, date_time=made)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, hour_file(cluster, start, envs))


class HistoryOnPostgres(unittest.TestCase):
    databases = 0

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory(prefix="lue-history-pg-")
        home = self.dir.name
        self.env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
                        XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_CACHE_HOME=os.path.join(home, "cache"),
                        LC_ALL="C.UTF-8", LANGUAGE="en", **SERVER.env())
        self.env.pop("PGPASSWORD", None)
        # Three overlapping exports of two clusters: the merge has hours to replace and to keep.
        self.exports = []
        for index, (cluster, first, hours, day) in enumerate(
                [("c1", 0, 48, 3), ("c1", 24, 48, 4), ("c1", 12, 60, 2), ("c2", 0, 30, 5)]):
            path = os.path.join(home, "export-%d.zip" % index)
            write_export(path, cluster, first, hours, (2026, 10, day, 0, 0, 0), index + 1)
            self.exports.append(path)

    def tearDown(self):
        self.dir.cleanup()

    def new_database(self):
        HistoryOnPostgres.databases += 1
        name = "history_%d" % HistoryOnPostgres.databases
        SERVER.psql_admin("CREATE DATABASE %s OWNER lue;" % name)
        return "postgresql://lue@127.0.0.1:%d/%s?sslmode=disable" % (SERVER.port, name)

    def cli(self, *args, wait=True):
        process = subprocess.Popen([CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env)
        if not wait:
            return process
        out, err = process.communicate(timeout=300)
        return process.returncode, out.decode(), err.decode()

    def csv(self, store):
        csvs = []
        for cluster in ("c1", "c2"):
            status, out, err = self.cli("history", "csv", "--history", store, "--cluster", cluster)
            self.assertEqual(status, 0, err)
            csvs.append(out)
        return csvs

    def test_importers_at_once_equal_one_after_the_other(self):
        sequential = self.new_database()
        for path in self.exports:
            status, _, err = self.cli("history", "import", path, "--history", sequential)
            self.assertEqual(status, 0, err)
        expected = self.csv(sequential)
        self.assertGreater(len(expected[0].splitlines()), 3 * 70)
        # SQLite, one after the other, gives the same.
        sqlite = os.path.join(self.dir.name, "history.sqlite")
        for path in self.exports:
            self.assertEqual(self.cli("history", "import", path, "--history", sqlite)[0], 0)
        self.assertEqual(self.csv(sqlite), expected)
        for round_ in range(3):
            with self.subTest(round=round_):
                store = self.new_database()
                # Three importers at once, each of every export in another order: they race for the same
                # hours and for the same export.
                orders = [self.exports[i:] + self.exports[:i] for i in range(3)]
                processes = [self.cli("history", "import", *order, "--history", store, wait=False)
                             for order in orders]
                for process in processes:
                    out, err = process.communicate(timeout=300)
                    self.assertEqual(process.returncode, 0, err.decode())
                self.assertEqual(self.csv(store), expected)
                status, out, _ = self.cli("history", "list", "--history", store)
                self.assertEqual(len([l for l in out.splitlines()[1:] if l.strip()]), len(self.exports))

    def assert_one_line(self, args, needle):
        status, out, err = self.cli(*args)
        self.assertEqual(status, 5, err)
        self.assertEqual(out, "")
        self.assertEqual(len(err.splitlines()), 1, err)
        self.assertIn(needle, err)
        return err

    def test_server_problems_are_one_line_each_with_exit_5(self):
        port = SERVER.port
        tls = os.path.join(SERVER.dir, "tls")
        cases = {
            "refused password": ("postgresql://nobody@127.0.0.1:%d/lue" % port, "refused the password"),
            "unreachable": ("postgresql://lue@127.0.0.1:%d/lue?connect_timeout=3" % (port + 1), "cannot be reached"),
            "TLS": ("postgresql://lue@127.0.0.1:%d/lue?sslmode=verify-full&sslrootcert=%s/other.pem" % (port, tls),
                    "TLS connection"),
            "password in URI": ("postgresql://lue:%s@127.0.0.1:%d/lue" % (SERVER.password, port),
                                "holds a password"),
        }
        for name, (uri, needle) in cases.items():
            with self.subTest(name):
                for command in (["history", "list"], ["history", "import", self.exports[0]]):
                    err = self.assert_one_line([*command, "--history", uri], needle)
                    self.assertNotIn(SERVER.password, err)

    def test_verified_tls_works(self):
        store = self.new_database().replace("sslmode=disable", "sslmode=verify-full&sslrootcert=" + SERVER.ca_file)
        status, out, err = self.cli("history", "import", self.exports[0], "--history", store)
        self.assertEqual(status, 0, err)

    def test_password_appears_nowhere(self):
        store = self.new_database()
        seen = []
        done = threading.Event()

        def watch_command_lines():
            while not done.is_set():
                for pid in os.listdir("/proc"):
                    if pid.isdigit():
                        try:
                            with open("/proc/%s/cmdline" % pid, "rb") as f:
                                seen.append(f.read())
                            with open("/proc/%s/environ" % pid, "rb") as f:
                                if b"PGPASSWORD=" in f.read():
                                    seen.append(b"PGPASSWORD")
                        except OSError:
                            pass
                time.sleep(0.01)

        watcher = threading.Thread(target=watch_command_lines)
        watcher.start()
        try:
            outputs = []
            for path in self.exports:
                outputs.extend(self.cli("history", "import", path, "--history", store)[1:])
            for command in (["list"], ["csv", "--cluster", "c1"], ["gaps", "--cluster", "c1"], ["rebuild"]):
                outputs.extend(self.cli("history", *command, "--history", store)[1:])
        finally:
            done.set()
            watcher.join()
        secret = SERVER.password
        for text in outputs:
            self.assertNotIn(secret, text)
        self.assertTrue(seen)
        for command_line in seen:
            self.assertNotIn(secret.encode(), command_line)
            self.assertNotEqual(command_line, b"PGPASSWORD")
        for root, _, files in os.walk(self.dir.name):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    self.assertNotIn(secret.encode(), f.read(), os.path.join(root, name))
        # Nor in the server's log: the password never travels as the text of a statement.
        logs = os.path.join(SERVER.dir, "log", "server.log")
        with open(logs, "rb") as f:
            self.assertNotIn(secret.encode(), f.read())


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    SERVER = PostgresServer()
    try:
        SERVER.start()
        result = unittest.main(exit=False).result
    finally:
        SERVER.stop()
    sys.exit(0 if result.wasSuccessful() else 1)
