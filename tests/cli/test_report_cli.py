#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of `license-usage report overage|churn|compare|forecast` on a history built from small exports
written here; every expected row is computed by hand in the comments.

Usage: test_report_cli.py <path to license-usage>
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

CLI = None
HOME = tempfile.mkdtemp(prefix="lue-report-home-")
H0 = 1790812800000  # 2026-10-01T00:00:00Z
HOUR = 3600000
GIB = 1 << 30
MADE = (2026, 11, 2, 0, 0, 0)


def host(osi_id, memory_gib, active_minutes=None, infrastructure=False, start=0):
    entry = {"osiId": osi_id, "hostMemoryBytes": memory_gib * GIB, "infrastructureOnly": infrastructure}
    if active_minutes is not None:
        entry["agentUsages"] = [{"agentId": 1, "agentTypeId": 1, "agentUsageRecords": [
            {"startTime": start, "endTime": start + active_minutes * 60000}]}]
    return entry


def environment(env_id, hosts, visits=0, ddu=0.0, storage=0, upload=0):
    return {"environmentUuid": env_id, "visits": visits, "hostUsages": hosts, "logStorageUsageBytes": storage,
            "logUploadVolumeBytes": upload, "davisDataUnits": [{"pool": "Metrics", "total": ddu}]}


def hour_file(start, environments):
    return json.dumps({"clusterUuid": "cluster-1", "timeFrameStart": start, "timeFrameEnd": start + HOUR,
                       "environmentBillingEntries": environments}).encode()


def two_periods():
    """Hours 0-3 (before) and 4-7 (after) of 2026-10-01. Host units: 4 GiB 0.25, 8 GiB 0.5, 16 GiB 1, 32 GiB 2,
    infrastructure-only 32 GiB 0.6. env-a: host 101 16 GiB throughout; host 102 8 GiB before, 16 GiB after.
    env-b: host 103 32 GiB, infrastructure-only after; host 104 4 GiB before only, active 3 minutes (not counted)
    in hour 1; host -2 8 GiB after only. Per hour: 3.75 before (hour 1: 3.5), 3.1 after."""
    files = {}
    for h in range(8):
        start = H0 + h * HOUR
        before = h < 4
        a = environment("env-a", [host(101, 16), host(102, 8 if before else 16)], visits=4 if before else 8,
                        ddu=0.5 if before else 1.0, storage=1000 * (h + 1) if before else 5000,
                        upload=100 if before else 200)
        b_hosts = [host(103, 32, infrastructure=not before)]
        b_hosts.append(host(104, 4, 3 if h == 1 else None, start=start) if before else host(-2, 8))
        b = environment("env-b", b_hosts, visits=10, storage=1000)
        files["h%02d.json" % h] = hour_file(start, [a, b])
    return files


def constant_days():
    """10 complete days from October 1st and 5 hours of the 11th; every hour one 16 GiB host (1 host unit),
    4 visits (1 DEM unit), 0.5 DDU."""
    return {"h%03d.json" % h: hour_file(H0 + h * HOUR, [environment("env-a", [host(1, 16)], visits=4, ddu=0.5)])
            for h in range(10 * 24 + 5)}


def write_export(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            z.writestr(zipfile.ZipInfo(name, date_time=MADE), files[name])


def run(*args, timeout=60):
    env = dict(os.environ, HOME=HOME, XDG_DATA_HOME=os.path.join(HOME, "data"),
               XDG_CONFIG_HOME=os.path.join(HOME, "config"), XDG_CACHE_HOME=os.path.join(HOME, "cache"),
               LC_ALL="C.UTF-8", LANGUAGE="en")
    env.pop("LICENSE_USAGE_TOKEN", None)
    return subprocess.run([CLI, *args], capture_output=True, timeout=timeout, env=env)


class ReportTestCase(unittest.TestCase):
    FILES = None

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.store = self.path("history.sqlite")
        export = self.path("export.zip")
        write_export(export, self.FILES())
        result = run("history", "import", "--history", self.store, export)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.out = self.path("out.csv")

    def tearDown(self):
        self.dir.cleanup()

    def path(self, *names):
        return os.path.join(self.dir.name, *names)

    def report(self, kind, *args):
        return run("report", kind, "--history", self.store, "-o", self.out, *args)

    def ok(self, kind, *args):
        result = self.report(kind, *args)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        with open(self.out, encoding="utf-8") as f:
            return f.read()

    def assert_usage_error(self, kind, *args, code=2):
        result = self.report(kind, *args)
        self.assertEqual(result.returncode, code, result.stderr.decode())
        lines = result.stderr.decode().splitlines()
        self.assertEqual(len(lines), 1, lines)
        self.assertTrue(lines[0].startswith("license-usage: "), lines)
        self.assertFalse(os.path.exists(self.out), "a file was written")
        return lines[0]


OVERAGE_HEADER = "hour_start_utc,host_units,quota,excess_host_units,scope,environment_id,excess_env-a,excess_env-b\n"


class Overage(ReportTestCase):
    FILES = staticmethod(two_periods)

    def test_hours_over_the_quota(self):
        # Hours 0, 2, 3: 3.75 - 3.5 = 0.25 over; hour 1 (3.5) is at the quota, not over it; after, 3.1. Shares:
        # env-a 0.25 x 1.5 / 3.75 = 0.1, env-b 0.25 x 2.25 / 3.75 = 0.15. In total 0.75 excess host-unit hours.
        self.assertEqual(self.ok("overage", "--quota", "3.5"),
                         OVERAGE_HEADER +
                         "2026-10-01T00:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"
                         "2026-10-01T02:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"
                         "2026-10-01T03:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n")
        result = self.report("overage", "--quota", "3.5")
        self.assertIn("0.75 excess host-unit hours", result.stdout.decode())

    def test_range(self):
        # From 02:00 to 04:00: hours 2 and 3 only. Quota 3: 0.75 over each, shared 0.3 and 0.45.
        self.assertEqual(self.ok("overage", "--quota", "3", "--from", "2026-10-01T02:00:00Z",
                                 "--to", "2026-10-01T04:00:00Z"),
                         OVERAGE_HEADER +
                         "2026-10-01T02:00:00Z,3.75,3,0.75,cluster,,0.3,0.45\n"
                         "2026-10-01T03:00:00Z,3.75,3,0.75,cluster,,0.3,0.45\n")

    def test_bad_quotas_and_ranges_write_nothing(self):
        for quota in ["0", "-1", "abc", "nan", "inf", ""]:
            with self.subTest(quota=quota):
                self.assertIn("positive number", self.assert_usage_error("overage", "--quota", quota))
        self.assert_usage_error("overage")  # neither --quota nor --profile
        self.assertIn("no hour", self.assert_usage_error("overage", "--quota", "1", "--from", "2027-01-01",
                                                       "--to", "2027-02-01"))
        self.assertIn("empty", self.assert_usage_error("overage", "--quota", "1", "--from", "2027-01-01"))
        self.assert_usage_error("overage", "--quota", "1", "--from", "tomorrow")

    def test_a_failed_report_leaves_the_old_file(self):
        with open(self.out, "w") as f:
            f.write("old\n")
        result = self.report("overage", "--quota", "-5")
        self.assertEqual(result.returncode, 2)
        with open(self.out) as f:
            self.assertEqual(f.read(), "old\n")

    def demo_cluster(self, *options):
        """Starts `license-usage demo-cluster` with `options`; returns the process, its URL and a token file."""
        demo = subprocess.Popen([CLI, "demo-cluster", *options], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, env=dict(os.environ, HOME=HOME, XDG_DATA_HOME=os.path.join(HOME, "data"),
                                                    XDG_CONFIG_HOME=os.path.join(HOME, "config")))
        self.addCleanup(self.stop_demo, demo)
        url = token = None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not (url and token):
            line = demo.stdout.readline()
            if not line:
                break
            if line.startswith("Demo cluster: "):
                url = line.split(": ", 1)[1].strip()
            elif line.startswith("Token: "):
                token = line.split(": ", 1)[1].strip()
        self.assertTrue(url and token, "the demo cluster did not start")
        token_file = self.path("token")
        with open(os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            f.write(token + "\n")
        return url, token_file

    @staticmethod
    def stop_demo(demo):
        demo.send_signal(signal.SIGINT)
        try:
            demo.wait(10)
        except subprocess.TimeoutExpired:
            demo.kill()
        demo.stdout.close()

    def test_quota_from_the_cluster(self):
        # The demo's environments are not this history's: none of their quotas applies here.
        url, token_file = self.demo_cluster()
        # The demo cluster's license has a quota of 250 host units: no hour of this history comes near it.
        result = self.report("overage", "--cluster", url, "--token-file", token_file)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertIn("0 hours over the quota of 250 host units", result.stdout.decode())
        self.assertEqual(self.ok("overage", "--cluster", url, "--token-file", token_file), OVERAGE_HEADER)

    def test_environment_quotas_from_the_cluster(self):
        # The cluster reports quotas for its own environments: this history's two are named after the demo's first
        # two, which it lists in that order.
        url, token_file = self.demo_cluster()
        listing = run("environments", "--cluster", url, "--token-file", token_file)
        self.assertEqual(listing.returncode, 0, listing.stderr.decode())
        first, second = [line.split()[0] for line in listing.stdout.decode().splitlines()[1:3]]
        self.assertLess(first, second)
        files = {name: body.replace(b'"env-a"', b'"%s"' % first.encode()).replace(b'"env-b"',
                                                                              b'"%s"' % second.encode())
                 for name, body in two_periods().items()}
        store = self.path("named.sqlite")
        write_export(self.path("named.zip"), files)
        imported = run("history", "import", "--history", store, self.path("named.zip"))
        self.assertEqual(imported.returncode, 0, imported.stderr.decode())

        # The second has a quota of 2 host units, the first none. From 00:00 to 03:00 the second has 2.25, 2 and
        # 2.25 host units: over its quota in hours 0 and 2 by 0.25 each (hour 1 is at it, not over), while the
        # cluster (3.75 at most) stays far under its 250. An environment's row holds its own excess in its share
        # column. The first, without a quota, never appears.
        url, token_file = self.demo_cluster("--environment-quota", "%s=2" % second)
        args = ["report", "overage", "--history", store, "--cluster", url, "--token-file", token_file,
                "--to", "2026-10-01T03:00:00Z"]
        result = run(*args, "-o", self.out)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertIn("0 hours over the quota of 250 host units", result.stdout.decode())
        self.assertIn("%s: 2 hours over its quota of 2 host units; 0.5 excess host-unit hours." % second,
                      result.stdout.decode())
        header = ("hour_start_utc,host_units,quota,excess_host_units,scope,environment_id,excess_%s,excess_%s\n"
                  % (first, second))
        with open(self.out, encoding="utf-8") as f:
            self.assertEqual(f.read(), header +
                             "2026-10-01T00:00:00Z,2.25,2,0.25,environment,%s,0,0.25\n" % second +
                             "2026-10-01T02:00:00Z,2.25,2,0.25,environment,%s,0,0.25\n" % second)

        # With --quota only the cluster quota applies: the cluster's environments are not asked.
        result = run("report", "overage", "--history", store, "--quota", "3.5", "--to", "2026-10-01T03:00:00Z",
                     "-o", "-")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertEqual(result.stdout.decode(), header +
                         "2026-10-01T00:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n"
                         "2026-10-01T02:00:00Z,3.75,3.5,0.25,cluster,,0.1,0.15\n")


BEFORE = "2026-10-01T00:00:00Z/2026-10-01T04:00:00Z"
AFTER = "2026-10-01T04:00:00Z/2026-10-01T08:00:00Z"
CHURN_HEADER = ("host_id,environment_id,change,mode_before,mode_after,host_units_before,host_units_after,"
                "host_unit_hours_before,host_unit_hours_after,host_unit_hours_difference\n")
# By |difference|: 103 (2 x 4 = 8 before, 0.6 x 4 = 2.4 after: -5.6); 102 (0.5 x 4 = 2, then 4: +2) and -2 (added,
# 0.5 x 4 = 2) tie and go by environment; 104 (0.25 x 3 = 0.75, hour 1 not counted: removed); 101 unchanged (4, 4).
CHURN_CHANGED = (
    "HOST-0000000000000067,env-b,mode_changed,full_stack,infrastructure,2,0.6,8,2.4,-5.6\n"
    "HOST-0000000000000066,env-a,resized,full_stack,full_stack,0.5,1,2,4,2\n"
    "HOST-FFFFFFFFFFFFFFFE,env-b,added,,full_stack,,0.5,0,2,2\n"
    "HOST-0000000000000068,env-b,removed,full_stack,,0.25,,0.75,0,-0.75\n")


class Churn(ReportTestCase):
    FILES = staticmethod(two_periods)

    def test_changes(self):
        self.assertEqual(self.ok("churn", "--before", BEFORE, "--after", AFTER), CHURN_HEADER + CHURN_CHANGED)
        self.assertEqual(self.ok("churn", "--before", BEFORE, "--after", AFTER, "--all"),
                         CHURN_HEADER + CHURN_CHANGED +
                         "HOST-0000000000000065,env-a,unchanged,full_stack,full_stack,1,1,4,4,0\n")

    def test_dates_alone_and_partial_hours(self):
        # A date is its UTC midnight; an end inside an hour includes that hour: 03:30 reaches to 04:00.
        self.assertEqual(self.ok("churn", "--before", "2026-10-01/2026-10-01T03:30:00Z", "--after", AFTER),
                         CHURN_HEADER + CHURN_CHANGED)

    def test_bad_periods(self):
        for period in ["2026-10-01", "2026-10-01/", "/2026-10-02", "x/y", "2026-10-01/2026-10-02/2026-10-03",
                       "2026-10-01T04:00:00Z/2026-10-01T04:00:00Z", "2026-10-02/2026-10-01"]:
            with self.subTest(period=period):
                self.assert_usage_error("churn", "--before", period, "--after", AFTER)
        self.assertIn("no hour", self.assert_usage_error("churn", "--before", BEFORE, "--after", "2027-01-01/2027-02-01"))
        self.assert_usage_error("churn", "--before", BEFORE)


class Compare(ReportTestCase):
    FILES = staticmethod(two_periods)

    def test_figures(self):
        lines = self.ok("compare", "--before", BEFORE, "--after", AFTER).splitlines()
        self.assertEqual(lines[0], "environment_id,environment_name,metric,before,after,change,change_percent")
        self.assertEqual(len(lines), 1 + 3 * 9)
        rows = {tuple(line.split(",")[0:3:2]): line for line in lines[1:]}
        # env-a: 1.5 x 4 = 6, then 2 x 4 = 8 host-unit hours (+33.333333 %); DEM 0.25 x 16 = 4, then 8.
        self.assertEqual(rows[("env-a", "host_unit_hours")], "env-a,,host_unit_hours,6,8,2,33.333333")
        self.assertEqual(rows[("env-a", "dem_units")], "env-a,,dem_units,4,8,4,100")
        # Log storage is a level: env-a's peak 4000 then 5000, its average (1000+2000+3000+4000) / 4 = 2500 then 5000.
        self.assertEqual(rows[("env-a", "log_storage_peak_bytes")], "env-a,,log_storage_peak_bytes,4000,5000,1000,25")
        self.assertEqual(rows[("env-a", "log_storage_average_bytes")],
                         "env-a,,log_storage_average_bytes,2500,5000,2500,100")
        self.assertEqual(rows[("env-a", "log_upload_bytes")], "env-a,,log_upload_bytes,400,800,400,100")
        # env-b has no DDUs: no relative change from nothing.
        self.assertEqual(rows[("env-b", "ddu_metrics")], "env-b,,ddu_metrics,0,0,0,")
        # All: 1.5 x 4 + 2.25 x 3 + 2 = 14.75, then 3.1 x 4 = 12.4; the busiest hour 3.75, then 3.1.
        self.assertEqual(rows[("total", "host_unit_hours")], "total,,host_unit_hours,14.75,12.4,-2.35,-15.932203")
        self.assertEqual(rows[("total", "peak_host_units")], "total,,peak_host_units,3.75,3.1,-0.65,-17.333333")
        self.assertEqual(rows[("total", "sessions")], "total,,sessions,56,72,16,28.571429")

    def test_no_data(self):
        self.assert_usage_error("compare", "--before", "2020-01-01/2020-02-01", "--after", AFTER)


class Forecast(ReportTestCase):
    FILES = staticmethod(constant_days)
    HEADER = ("metric,period_start_utc,period_end_utc,data_until_utc,complete_days,window_days,consumed,daily_mean,"
              "daily_deviation,remaining_days,projected,projected_low,projected_high,quota,projected_percent,"
              "quota_reached_utc\n")

    def test_constant_usage_is_exact(self):
        # October: 10 complete days of 24 DEM units (the 11th's 5 hours wait for the day to end): 240 consumed;
        # 21 days remain: 240 + 24 x 21 = 744; quota 600: 124 %, reached (600 - 240) / 24 = 15 days after the 11th.
        self.assertEqual(self.ok("forecast", "--metric", "dem", "--quota", "600", "--period", "2026-10-01/2026-11-01"),
                         self.HEADER + "dem,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-11T00:00:00Z,10,10,240,"
                         "24,0,21,744,744,744,600,124,2026-10-26T00:00:00Z\n")
        # DDUs: 12 a day: 120 + 12 x 21 = 372; no quota: no percentage, no date.
        self.assertEqual(self.ok("forecast", "--metric", "ddu", "--period", "2026-10-01/2026-11-01"),
                         self.HEADER + "ddu,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-11T00:00:00Z,10,10,120,"
                         "12,0,21,372,372,372,,,\n")
        # Host-unit hours, quota 200: passed at the end of hour 199 (1 an hour), October 9th 08:00.
        self.assertEqual(self.ok("forecast", "--metric", "host-unit-hours", "--quota", "200",
                                 "--period", "2026-10-01/2026-11-01"),
                         self.HEADER + "host-unit-hours,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,"
                         "2026-10-11T00:00:00Z,10,10,240,24,0,21,744,744,744,200,372,2026-10-09T08:00:00Z\n")

    def test_too_few_days_are_refused(self):
        # From October 5th: 6 complete days (5th to 10th).
        line = self.assert_usage_error("forecast", "--metric", "dem", "--period", "2026-10-05/2026-11-01", code=1)
        self.assertIn("6 complete days", line)

    def test_usage_errors(self):
        self.assert_usage_error("forecast", "--metric", "visits", "--period", "2026-10-01/2026-11-01")
        self.assert_usage_error("forecast", "--metric", "dem", "--quota", "0", "--period", "2026-10-01/2026-11-01")
        self.assert_usage_error("forecast", "--metric", "dem", "--period", "2026-10-01")
        self.assert_usage_error("forecast", "--metric", "dem", "--period", "2027-10-01/2027-11-01")
        self.assert_usage_error("forecast", "--metric", "dem")


class Help(unittest.TestCase):
    SUBCOMMANDS = ["overage", "churn", "compare", "forecast", "reconcile", "chargeback"]

    def test_report_help_lists_every_subcommand(self):
        result = run("report", "--help")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        listed = [line.split()[0] for line in result.stdout.decode().splitlines() if line.startswith("  ")]
        for name in self.SUBCOMMANDS:
            self.assertIn(name, listed)

    def test_the_command_summary_names_every_report(self):
        result = run("--help")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        lines = result.stdout.decode().splitlines()
        at = next(i for i, line in enumerate(lines) if line.split()[:1] == ["report"])
        summary = lines[at]
        # A long summary continues on lines indented to its column.
        for line in lines[at + 1:]:
            if not line.startswith(" " * 6):
                break
            summary += " " + line.strip()
        for word in ["overage", "churn", "comparison", "forecast", "reconciliation", "chargeback"]:
            self.assertIn(word, summary)


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    try:
        unittest.main(verbosity=2)
    finally:
        shutil.rmtree(HOME, ignore_errors=True)
