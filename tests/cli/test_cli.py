#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of the license-usage command line on exports written by another program (Python's zipfile).

Usage: test_cli.py <path to license-usage>
"""
import io
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile
import zlib

CLI = None

HOUR_13 = 1790859600000  # 2026-10-01T13:00:00Z
HOUR_14 = HOUR_13 + 3600000
HOUR_15 = HOUR_14 + 3600000


def hour_file(start, environments, cluster="cluster-1"):
    return json.dumps({"clusterUuid": cluster, "timeFrameStart": start, "timeFrameEnd": int(start) + 3600000,
                       "environmentBillingEntries": environments}).encode()


def env_b_13():
    return {"environmentUuid": "env-b", "visits": 10, "mobileSessions": 2, "sessionReplays": 1,
            "mobileSessionReplays": 0, "totalRUMUserPropertiesUsed": 5,
            "hostUsages": [
                {"osiId": -6917529027641081856, "hostName": None, "infrastructureOnly": False, "paas": False,
                 "hostMemoryBytes": 8589934592, "agentUsages": []},
                {"osiId": 9007199254740993, "infrastructureOnly": True, "paas": False,
                 "hostMemoryBytes": 34359738368}],
            "syntheticBillingUsage": [
                {"monitorTypeId": 1, "testId": 9, "publicExecutions": 2, "privateExecutions": 1},
                {"monitorTypeId": 2, "testId": 10, "publicExecutions": 10, "privateExecutions": 0}],
            "davisDataUnits": [{"pool": "Metrics", "total": 1.5}, {"pool": "Log", "total": 0.25}],
            "customMetrics": [{"source": "api", "total": 7}],
            "logStorageUsageBytes": 100, "logUploadVolumeBytes": 200, "trial": False, "newProblems": 3}


def env_a(start, memory, active_minutes=None):
    host = {"osiId": "42", "paas": True, "infrastructureOnly": False, "hostMemoryBytes": 68719476736,
            "passMemoryLimit": memory}
    if active_minutes is not None:
        host["agentUsages"] = [{"agentId": 1, "agentTypeId": 1, "networkTraffic": None, "agentUsageRecords": [
            {"startTime": start, "endTime": start + active_minutes * 60000}]}]
    return {"environmentUuid": "env-a", "trial": True, "customMetrics": None, "hostUsages": [host]}


# Hours 13 and 15 of 2026-10-01; hour 14 is missing (a gap, not zeros).
FILES = {
    "c1_13.json": hour_file(HOUR_13, [env_b_13(), env_a(HOUR_13, 2147483648)]),
    "c1_15.json": hour_file(str(HOUR_15), [env_a(HOUR_15, 0, active_minutes=3)]),
}

# Computed by hand: env-b 13:00: 8 GiB full-stack 0.5 + 32 GiB infrastructure 0.3 x 2 = 0.6 -> 1.1 host units;
# DEM 0.25 x 12 + 0.75 x 1 + 1.0 x 3 + 0.1 x 10 = 7.75; DDU 1.75. env-a 13:00: PaaS limit 2 GiB -> 0.25.
# env-a 15:00: the only host was active 3 minutes: not counted.
EXPECTED_HOURLY = (
    "hour_start_utc,environment_id,environment_name,hosts,host_units,fullstack_host_units,"
    "infrastructure_host_units,paas_host_units,visits,mobile_sessions,session_replays,"
    "mobile_session_replays,rum_user_properties,synthetic_browser_executions,synthetic_http_executions,"
    "dem_units_estimate,ddu_total,custom_metrics,log_storage_bytes,log_upload_bytes,trial,ddu_log,ddu_metrics\n"
    "2026-10-01T13:00:00Z,env-a,,1,0.25,0,0,0.25,0,0,0,0,0,0,0,0,0,0,0,0,true,0,0\n"
    "2026-10-01T13:00:00Z,env-b,,2,1.1,0.5,0.6,0,10,2,1,0,5,3,10,7.75,1.75,7,100,200,false,0.25,1.5\n"
    "2026-10-01T15:00:00Z,env-a,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,true,0,0\n")


def write_flat(path, files, order):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            z.writestr(name, files[name])


def write_nested(path, files, order, inner_method=zipfile.ZIP_DEFLATED):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            z.writestr(name, files[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("billingRecords_cluster-1_1.zip"), inner.getvalue(), compress_type=inner_method)
        z.writestr("billingRecords_cluster-1_1.zip.sig", b"\x01\x02opaque")
        z.writestr("export.log", "Export of cluster-1 finished\n")


ISOLATED_HOME = tempfile.mkdtemp(prefix="lue-cli-home-")


def run(*args, timeout=60):
    # A home of its own, so names remembered from clusters on this computer do not leak into the CSV.
    env = dict(os.environ, HOME=ISOLATED_HOME, XDG_DATA_HOME=os.path.join(ISOLATED_HOME, "data"),
               XDG_CONFIG_HOME=os.path.join(ISOLATED_HOME, "config"), XDG_CACHE_HOME=os.path.join(ISOLATED_HOME, "cache"))
    started = time.monotonic()
    result = subprocess.run([CLI, *args], capture_output=True, timeout=timeout, env=env)
    return result, time.monotonic() - started


class CsvFromForeignExports(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def check_csv(self, export):
        result, _ = run("csv", export)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertEqual(result.stdout.decode(), EXPECTED_HOURLY)

    def test_layouts_and_orders(self):
        for order in (["c1_13.json", "c1_15.json"], ["c1_15.json", "c1_13.json"]):
            for writer in (write_flat, write_nested):
                with self.subTest(writer=writer.__name__, order=order):
                    export = self.path("export.zip")
                    writer(export, FILES, order)
                    self.check_csv(export)

    def test_nested_with_stored_inner_archive(self):
        export = self.path("stored.zip")
        write_nested(export, FILES, sorted(FILES), inner_method=zipfile.ZIP_STORED)
        self.check_csv(export)

    def test_single_json_file(self):
        export = self.path("hour.json")
        with open(export, "wb") as f:
            f.write(FILES["c1_13.json"])
        result, _ = run("csv", export)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertEqual(result.stdout.decode().splitlines(), EXPECTED_HOURLY.splitlines()[:3])

    def test_output_file_and_daily(self):
        export = self.path("export.zip")
        write_flat(export, FILES, sorted(FILES))
        out = self.path("daily.csv")
        result, _ = run("csv", export, "-o", out, "--granularity", "day")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        with open(out) as f:
            lines = f.read().splitlines()
        self.assertEqual(len(lines), 3)
        self.assertTrue(lines[0].startswith("period_start_utc,environment_id,environment_name,hours_with_data,"
                                            "peak_hosts,host_unit_hours,peak_host_units,"))
        self.assertTrue(lines[1].startswith("2026-10-01T00:00:00Z,env-a,,2,1,0.25,0.25,"))

    def test_names_remembered_from_a_cluster(self):
        folder = os.path.join(ISOLATED_HOME, "data", "license-usage-explorer")
        os.makedirs(folder, exist_ok=True)
        cache = os.path.join(folder, "environment-names.json")
        with open(cache, "w") as f:
            json.dump({"version": 1, "clusters": {"https://cluster.example": {
                "updated": "2026-10-02T00:00:00Z", "names": {"env-b": 'Prod, EU "main"'}}}}, f)
        try:
            export = self.path("export.zip")
            write_flat(export, FILES, sorted(FILES))
            result, _ = run("csv", export)
            self.assertEqual(result.returncode, 0, result.stderr.decode())
            quoted = '"Prod, EU ""main"""'
            self.assertEqual(result.stdout.decode(), EXPECTED_HOURLY.replace("env-b,,", "env-b," + quoted + ","))
        finally:
            os.remove(cache)

    def test_summary_lists_the_gap(self):
        export = self.path("export.zip")
        write_flat(export, FILES, sorted(FILES))
        result, _ = run("summary", export)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        text = result.stdout.decode()
        self.assertIn("2026-10-01T14:00:00Z to 2026-10-01T15:00:00Z (1 h)", text)
        self.assertIn("env-b", text)
        self.assertIn("1.35", text)  # 1.1 + 0.25 host-unit hours in all


class HostileInputs(unittest.TestCase):
    """Each bad input ends with one line on stderr, exit 3, no output file, in bounded time."""

    # Beyond the cap of one entry (512 MiB) and the compression ratio; a subclass may take less time to build it.
    PADDING_BYTES = 3 << 30

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def assert_rejected(self, export, needle=None, max_seconds=30):
        out = self.path("out.csv")
        result, seconds = run("csv", export, "-o", out, timeout=120)
        err = result.stderr.decode()
        self.assertEqual(result.returncode, 3, f"stdout={result.stdout[:200]!r} stderr={err!r}")
        self.assertTrue(err.startswith("license-usage: "), err)
        self.assertEqual(err.count("\n"), 1, err)
        if needle:
            self.assertIn(needle, err)
        self.assertFalse(os.path.exists(out))
        self.assertEqual(sorted(os.listdir(self.dir.name)), sorted([os.path.basename(export)]))
        self.assertLess(seconds, max_seconds)

    def test_empty_file(self):
        export = self.path("empty.zip")
        open(export, "wb").close()
        self.assert_rejected(export)

    def test_html_saved_as_zip(self):
        export = self.path("login.zip")
        with open(export, "wb") as f:
            f.write(b"<!DOCTYPE html><html><body>Please log in</body></html>\n")
        self.assert_rejected(export)

    def test_truncated_zip(self):
        export = self.path("truncated.zip")
        write_flat(export, FILES, sorted(FILES))
        with open(export, "rb") as f:
            data = f.read()
        with open(export, "wb") as f:
            f.write(data[: len(data) // 2])
        self.assert_rejected(export)

    def test_json_that_is_not_an_object(self):
        export = self.path("array.zip")
        write_flat(export, {"a.json": b"[1, 2, 3]"}, ["a.json"])
        self.assert_rejected(export, "a.json")

    def test_json_nested_a_million_levels(self):
        export = self.path("deep.zip")
        write_flat(export, {"deep.json": b"[" * 1_000_000 + b"]" * 1_000_000}, ["deep.json"])
        self.assert_rejected(export, "deep.json")

    def test_missing_time_frame_start(self):
        export = self.path("nostart.zip")
        write_flat(export, {"x.json": b'{"environmentBillingEntries": []}'}, ["x.json"])
        self.assert_rejected(export, "timeFrameStart")

    def test_three_gib_of_padding(self):
        export = self.path("bomb.zip")
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        chunk = b"\0" * (1 << 24)
        size = self.PADDING_BYTES
        crc = 0
        body = bytearray()
        for _ in range(size // len(chunk)):
            body += compressor.compress(chunk)
            crc = zlib.crc32(chunk, crc)
        body += compressor.flush()
        name = b"padding.json"
        # ZIP64 is needed for a 3 GiB entry: local header with a ZIP64 extra field, then the central directory.
        local_extra = struct.pack("<HHQQ", 1, 16, size, len(body))
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(name),
                            len(local_extra)) + name + local_extra
        central_extra = struct.pack("<HHQQ", 1, 16, size, len(body))
        central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                              len(name), len(central_extra), 0, 0, 0, 0, 0) + name + central_extra
        cd_offset = len(local) + len(body)
        zip64_end = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 1, 1, len(central), cd_offset)
        locator = struct.pack("<IIQI", 0x07064B50, 0, cd_offset + len(central), 1)
        end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), cd_offset, 0)
        with open(export, "wb") as f:
            f.write(local + body + central + zip64_end + locator + end)
        self.assert_rejected(export, "padding.json")

    def test_symlink_entry(self):
        export = self.path("symlink.zip")
        with zipfile.ZipFile(export, "w") as z:
            info = zipfile.ZipInfo("link.json")
            info.create_system = 3
            info.external_attr = (0o120777 << 16)
            z.writestr(info, "/etc/passwd")
            z.writestr("c1_13.json", FILES["c1_13.json"])
        self.assert_rejected(export, "link.json")

    def test_bad_crc(self):
        export = self.path("crc.zip")
        with zipfile.ZipFile(export, "w", zipfile.ZIP_STORED) as z:
            z.writestr("c1_13.json", FILES["c1_13.json"])
        with open(export, "r+b") as f:
            data = bytearray(f.read())
            at = data.index(b'"clusterUuid"') + 2
            data[at] ^= 0x01  # still valid JSON text, wrong checksum
            f.seek(0)
            f.write(data)
        self.assert_rejected(export, "c1_13.json")

    def test_random_bytes(self):
        export = self.path("noise.zip")
        with open(export, "wb") as f:
            f.write(random.Random(1).randbytes(4096))
        self.assert_rejected(export)


class UsageErrors(unittest.TestCase):
    def test_unknown_command_and_missing_file(self):
        result, _ = run("frobnicate")
        self.assertEqual(result.returncode, 2)
        self.assertTrue(result.stderr.decode().startswith("license-usage: "))
        result, _ = run("csv", "/nonexistent/export.zip")
        self.assertEqual(result.returncode, 2)
        result, _ = run("csv", "--granularity", "week", "x.zip")
        self.assertEqual(result.returncode, 2)

    def test_help_and_version(self):
        result, _ = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertTrue(result.stdout.decode().startswith("license-usage "))
        for command in ("csv", "summary", "generate"):
            result, _ = run(command, "--help")
            self.assertEqual(result.returncode, 0)
            self.assertIn("license-usage " + command, result.stdout.decode())


class GenerateRoundTrip(unittest.TestCase):
    def test_generate_then_csv(self):
        with tempfile.TemporaryDirectory() as d:
            export = os.path.join(d, "gen.zip")
            result, _ = run("generate", "-o", export, "--environments", "3", "--hosts", "20", "--hours", "24",
                            "--seed", "5", "--start", "2026-09-01T00:00:00Z")
            self.assertEqual(result.returncode, 0, result.stderr.decode())
            again = os.path.join(d, "again.zip")
            run("generate", "-o", again, "--environments", "3", "--hosts", "20", "--hours", "24", "--seed", "5",
                "--start", "2026-09-01T00:00:00Z")
            with open(export, "rb") as a, open(again, "rb") as b:
                self.assertEqual(a.read(), b.read(), "the generator is not deterministic")
            result, _ = run("csv", export)
            self.assertEqual(result.returncode, 0, result.stderr.decode())
            lines = result.stdout.decode().splitlines()
            self.assertTrue(lines[1].startswith("2026-09-01T00:00:00Z,"))
            self.assertTrue(lines[-1].startswith("2026-09-01T23:00:00Z,"))


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    try:
        unittest.main(verbosity=2)
    finally:
        import shutil
        shutil.rmtree(ISOLATED_HOME, ignore_errors=True)
