#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`license-usage sync` killed (SIGKILL) at random moments against `license-usage demo-cluster` on loopback.

After every kill the history store must open, pass SQLite's integrity check and hold each export wholly or not at
all (every hour of its kept copy, and no export without its kept copy); the next sync must complete the range.

With LUE_SYNC_KILL_BACKEND=postgresql the store is a PostgreSQL database on a server the test starts
(tests/postgres/pgserver.py) and stops: the database must hold each export wholly or not at all, with its kept copy
in the database.

Usage: test_sync_kill.py <path to license-usage> [seed]
"""
import hashlib
import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

CLI = None
SEED = None
SERVER = None  # the PostgreSQL test server, when the store is a PostgreSQL one
HOUR_MS = 3600 * 1000
KILL_BUDGET_SECONDS = 30


def hourly_files(data):
    """The hourly JSON files of an export, looking into nested archives."""
    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".zip"):
                count += hourly_files(archive.read(name))
            elif name.endswith(".json"):
                count += 1
    return count


class SyncKilledAtRandom(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory(prefix="lue-sync-kill-")
        home = self.dir.name
        self.env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
                        XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_CACHE_HOME=os.path.join(home, "cache"))
        self.env.pop("LICENSE_USAGE_TOKEN", None)
        self.env.update(LC_ALL="C.UTF-8", LANGUAGE="en")  # the test reads an English sentence
        self.demo = subprocess.Popen([CLI, "demo-cluster"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=self.env, text=True)
        self.url = self.token = None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            line = self.demo.stdout.readline()
            if not line:
                break
            if line.startswith("Demo cluster: "):
                self.url = line.split(": ", 1)[1].strip()
            elif line.startswith("Token: "):
                self.token = line.split(": ", 1)[1].strip()
            elif line.startswith("Serving until interrupted"):
                break
        self.assertTrue(self.url and self.token, "the demo cluster did not start")
        self.token_file = os.path.join(home, "token")
        with open(os.open(self.token_file, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write(self.token + "\n")
        self.store = os.path.join(home, "history.sqlite")
        self.kept = os.path.join(home, "history-exports")
        if SERVER:
            SyncKilledAtRandom.databases = getattr(SyncKilledAtRandom, "databases", 0) + 1
            database = "sync_kill_%d" % SyncKilledAtRandom.databases
            SERVER.psql_admin("CREATE DATABASE %s OWNER lue;" % database)
            self.store = "postgresql://lue@127.0.0.1:%d/%s?sslmode=disable" % (SERVER.port, database)
            self.env.update(SERVER.env())
            # The local folder of a PostgreSQL store: in the data folder, named by a digest of the URI.
            self.kept = os.path.join(home, "data", "LicenseUsageExplorer", "License Usage Explorer",
                                     "postgresql-%s-exports" % hashlib.sha256(self.store.encode()).hexdigest()[:16])

    def tearDown(self):
        self.demo.send_signal(signal.SIGINT)
        try:
            self.demo.wait(10)
        except subprocess.TimeoutExpired:
            self.demo.kill()
        self.demo.stdout.close()
        self.dir.cleanup()

    def sync_command(self, since):
        return [CLI, "sync", "--cluster", self.url, "--token-file", self.token_file, "--history", self.store,
                "--since", since, "--chunk-days", "1"]

    def query(self, sql):
        """Rows of `sql` on the store (SQLite file or PostgreSQL database)."""
        if SERVER:
            out = SERVER.psql(sql, database=self.store.rsplit("/", 1)[1].split("?")[0])
            return [tuple(int(v) if v.lstrip("-").isdigit() else v for v in line.split("|"))
                    for line in out.splitlines() if line]
        db = sqlite3.connect(self.store)
        try:
            return db.execute(sql).fetchall()
        finally:
            db.close()

    def check_postgres_store(self):
        if not self.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'export'"):
            return 0
        exports = self.query("SELECT id, sha256 FROM export")
        for export_id, sha256 in exports:
            hours = self.query("SELECT COUNT(*) FROM export_hour WHERE export_id = %d" % export_id)[0][0]
            standing = self.query("SELECT COUNT(*) FROM standing WHERE export_id = %d" % export_id)[0][0]
            parts = self.query("SELECT encode(content, 'hex') FROM kept_export WHERE sha256 = '%s' ORDER BY part"
                               % sha256)
            self.assertTrue(parts, "export %d has no kept copy" % export_id)
            copy = b"".join(bytes.fromhex(part[0]) for part in parts)
            self.assertEqual(hashlib.sha256(copy).hexdigest(), sha256, "export %d's copy is not whole" % export_id)
            self.assertEqual(hours, hourly_files(copy), "export %d is not whole" % export_id)
            self.assertEqual(standing, hours)
        return len(exports)

    def check_store(self):
        if SERVER:
            return self.check_postgres_store()
        if not os.path.exists(self.store):
            return 0
        db = sqlite3.connect(self.store)
        try:
            self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            exports = db.execute("SELECT id, sha256 FROM export").fetchall()
            for export_id, sha256 in exports:
                hours = db.execute("SELECT COUNT(*) FROM export_hour WHERE export_id = ?", (export_id,)).fetchone()[0]
                standing = db.execute("SELECT COUNT(*) FROM standing WHERE export_id = ?", (export_id,)).fetchone()[0]
                copy = os.path.join(self.kept, sha256 + ".zip")
                self.assertTrue(os.path.exists(copy), "export %d has no kept copy" % export_id)
                with open(copy, "rb") as f:
                    self.assertEqual(hours, hourly_files(f.read()), "export %d is not whole" % export_id)
                # Chunks never overlap: each export stands for all of its hours.
                self.assertEqual(standing, hours)
            return len(exports)
        finally:
            db.close()

    def test_killed_syncs_leave_a_consistent_store_and_the_next_one_completes(self):
        rng = random.Random(SEED)
        end_ms = (int(time.time() * 1000) // HOUR_MS - 2) * HOUR_MS
        since_ms = end_ms - 120 * 24 * HOUR_MS  # 120 chunks: far more than a run gets done before its kill
        since = time.strftime("%Y-%m-%dT%H:00:00Z", time.gmtime(since_ms / 1000))

        kills = 0
        started = time.monotonic()
        while time.monotonic() - started < KILL_BUDGET_SECONDS:
            process = subprocess.Popen(self.sync_command(since), stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, env=self.env)
            time.sleep(rng.uniform(0.02, 0.6))
            finished_alone = process.poll() is not None
            if not finished_alone:
                process.send_signal(signal.SIGKILL)
                kills += 1
            process.wait()
            self.check_store()
            if finished_alone and process.returncode == 0:
                break  # the range is complete: the next runs would have nothing left to interrupt
        self.assertGreater(kills, 0)

        result = subprocess.run(self.sync_command(since), capture_output=True, env=self.env, timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.check_store()
        first, last, count = self.query("SELECT MIN(hour_ms), MAX(hour_ms), COUNT(*) FROM standing")[0]
        self.assertEqual(first, since_ms)
        self.assertGreaterEqual(last + HOUR_MS, end_ms)  # an hour may have passed since end_ms was computed
        self.assertEqual(count, (last - first) // HOUR_MS + 1, "a gap is left")
        # Nothing but the kept copies (and no download of a killed run) in the kept exports' folder.
        incoming = os.path.join(self.kept, "incoming")
        self.assertEqual(os.listdir(incoming) if os.path.isdir(incoming) else [], [])

        again = subprocess.run(self.sync_command(since), capture_output=True, env=self.env, timeout=60)
        self.assertEqual(again.returncode, 0, again.stderr.decode())
        self.assertIn(b"Nothing to sync", again.stdout)
        print("seed %d: %d syncs killed, %.1f s" % (SEED, kills, time.monotonic() - started), file=sys.stderr)


if __name__ == "__main__":
    CLI = sys.argv[1]
    SEED = int(sys.argv[2]) if len(sys.argv) > 2 else random.SystemRandom().randrange(1 << 32)
    if os.environ.get("LUE_SYNC_KILL_BACKEND") == "postgresql":
        sys.dont_write_bytecode = True  # importing the helper must not leave a cache in the source tree
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "postgres"))
        from pgserver import PostgresServer
        SERVER = PostgresServer()
        try:
            SERVER.start()
            result = unittest.main(argv=[sys.argv[0]], verbosity=2, exit=False).result
        finally:
            SERVER.stop()
        sys.exit(0 if result.wasSuccessful() else 1)
    unittest.main(argv=[sys.argv[0]], verbosity=2)
