#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of `license-usage check`, the monitoring plugin, against the built-in demo cluster served on
loopback: the four states and their exit codes, the performance data, and that the token is never printed.

Usage: test_check_cli.py <path to license-usage>
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import csv
import datetime
import io
import tempfile
import unittest

CLI = None
HOME = tempfile.mkdtemp(prefix="lue-check-home-")
ENV = dict(os.environ, HOME=HOME, XDG_DATA_HOME=os.path.join(HOME, "data"),
           XDG_CONFIG_HOME=os.path.join(HOME, "config"), XDG_CACHE_HOME=os.path.join(HOME, "cache"))
# label=value[UOM];[warn];[crit];[min];[max], as the Nagios plugin guidelines define performance data.
PERFDATA = re.compile(r"^[a-z_]+=-?[0-9.]+%?;[0-9.]*;[0-9.]*;[0-9.]*;[0-9.]*$")


class DemoCluster:
    """`license-usage demo-cluster` with its options, serving until the block ends."""

    def __init__(self, *options):
        self.options = options

    def __enter__(self):
        self.process = subprocess.Popen([CLI, "demo-cluster", *self.options], stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=ENV, text=True)
        self.url = self.process.stdout.readline().strip().split(": ", 1)[1]
        self.token = self.process.stdout.readline().strip().split(": ", 1)[1]
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.process.stdout.close()


def check(url, token, *args):
    env = dict(ENV, LICENSE_USAGE_TOKEN=token)
    return subprocess.run([CLI, "check", "--cluster", url, *args], capture_output=True, text=True, timeout=60,
                          env=env)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class CheckStates(unittest.TestCase):
    def assert_plugin_output(self, result, state, exit_code, token):
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), 1, result.stdout + result.stderr)
        self.assertTrue(lines[0].startswith("LICENSE %s - " % state), lines[0])
        self.assertEqual(result.returncode, exit_code, lines[0])
        self.assertNotIn(token, result.stdout)
        self.assertNotIn(token, result.stderr)
        if " | " in lines[0]:
            for item in lines[0].split(" | ", 1)[1].split(" "):
                self.assertRegex(item, PERFDATA)
        return lines[0]

    def test_ok_below_the_warning_threshold(self):
        with DemoCluster("--license-usage", "50") as demo:
            line = self.assert_plugin_output(check(demo.url, demo.token), "OK", 0, demo.token)
        # Half of 250 host units, 2,000,000 DEM units and 500,000 DDUs; thresholds 80 and 95 % of each quota.
        self.assertEqual(line, "LICENSE OK - host units 50 %; DEM units 50 %; DDUs 50 % | "
                               "host_units=50%;80;95;0;100 host_units_billed=125;200;237.5;0;250 "
                               "dem_units=50%;80;95;0;100 dem_units_billed=1000000;1600000;1900000;0;2000000 "
                               "ddu=50%;80;95;0;100 ddu_billed=250000;400000;475000;0;500000")

    def test_warning_and_critical(self):
        with DemoCluster("--license-usage", "85") as demo:
            line = self.assert_plugin_output(check(demo.url, demo.token), "WARNING", 1, demo.token)
            self.assertIn("host units 85 % of quota (212.5 of 250), warning above 80 %", line)
            # Thresholds of one's own: 85 % is below 90, so OK; then above 84, so CRITICAL.
            self.assert_plugin_output(check(demo.url, demo.token, "--warning", "90", "--critical", "95"), "OK", 0,
                                      demo.token)
            self.assert_plugin_output(check(demo.url, demo.token, "--warning", "50%", "--critical", "84"),
                                      "CRITICAL", 2, demo.token)
        with DemoCluster("--license-usage", "97") as demo:
            line = self.assert_plugin_output(check(demo.url, demo.token), "CRITICAL", 2, demo.token)
            self.assertIn("critical above 95 %", line)

    def test_the_worst_unit_decides(self):
        # The demo's own figures: host units 73.4 %, DEM units 71.6 %, DDUs 102.5 %.
        with DemoCluster() as demo:
            line = self.assert_plugin_output(check(demo.url, demo.token), "CRITICAL", 2, demo.token)
        self.assertTrue(line.startswith("LICENSE CRITICAL - DDUs 102.5 % of quota (512340.25 of 500000), critical "
                                        "above 95 %; host units 73.4 %; DEM units 71.6 % | "), line)

    def test_unknown(self):
        with DemoCluster("--no-quota") as demo:
            line = self.assert_plugin_output(check(demo.url, demo.token), "UNKNOWN", 3, demo.token)
            self.assertIn("no license quota", line)
        with DemoCluster("--license-usage", "10") as demo:
            refused = "dt0c01.WRONGTOKEN.0000000000000000000000000000000000000000000000000000000000000000"
            line = self.assert_plugin_output(check(demo.url, refused), "UNKNOWN", 3, refused)
            self.assertIn("token refused", line)
            for args, reason in [(["--warning", "abc"], "--warning needs a percentage"),
                                 (["--warning", "90", "--critical", "50"], "lies above the critical one"),
                                 (["--critical", "-5"], "percentage of 0 or more"),
                                 (["--no-such-option"], "wrong arguments")]:
                line = self.assert_plugin_output(check(demo.url, demo.token, *args), "UNKNOWN", 3, demo.token)
                self.assertIn(reason, line)
        line = self.assert_plugin_output(check("http://127.0.0.1:%d" % free_port(), "dt0c01.SOMETOKEN"), "UNKNOWN",
                                         3, "dt0c01.SOMETOKEN")
        self.assertIn("cluster unreachable", line)

    def test_no_token(self):
        env = dict(ENV)
        env.pop("LICENSE_USAGE_TOKEN", None)
        result = subprocess.run([CLI, "check", "--cluster", "http://127.0.0.1:%d" % free_port()],
                                capture_output=True, text=True, timeout=60, env=env)
        self.assert_plugin_output(result, "UNKNOWN", 3, "dt0c01")


def perfdata(line):
    """The performance data of a status line, label -> value;warn;crit;min;max."""
    return dict(item.split("=", 1) for item in line.split(" | ", 1)[1].split(" "))


class Forecast(unittest.TestCase):
    """The forecast percentage of DEM units and DDUs joins the performance data when the history has one."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="lue-check-forecast-")
        # The license year starts on the first of the month 40 days ago, so that the ten days synced below lie in
        # it whatever the date (the check reads the license year of the settings, as reconcile does).
        now = datetime.datetime.now(datetime.timezone.utc)
        start = (now - datetime.timedelta(days=40)).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        self.period = "%s/%s" % (start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                 start.replace(year=start.year + 1).strftime("%Y-%m-%dT%H:%M:%SZ"))
        self.settings = os.path.join(HOME, "config", "LicenseUsageExplorer", "License Usage Explorer.conf")
        os.makedirs(os.path.dirname(self.settings), exist_ok=True)
        with open(self.settings, "w") as f:
            f.write("[settings]\nhistory\\licenseYearStartMonth=%d\n" % start.month)
        self.now = now

    def tearDown(self):
        os.remove(self.settings)
        shutil.rmtree(self.dir, ignore_errors=True)

    def sync(self, demo, store, days):
        since = (self.now - datetime.timedelta(days=days)).strftime("%Y-%m-%dT00:00:00Z")
        result = subprocess.run([CLI, "sync", "--cluster", demo.url, "--history", store, "--since", since],
                                capture_output=True, text=True, timeout=300,
                                env=dict(ENV, LICENSE_USAGE_TOKEN=demo.token))
        self.assertEqual(result.returncode, 0, result.stderr)

    def projected_percent(self, store, metric, quota):
        result = subprocess.run([CLI, "report", "forecast", "--metric", metric, "--quota", quota, "--period",
                                 self.period, "--history", store, "-o", "-"], capture_output=True, text=True,
                                timeout=60, env=ENV)
        self.assertEqual(result.returncode, 0, result.stderr)
        return float(next(csv.DictReader(io.StringIO(result.stdout)))["projected_percent"])

    def test_forecast_from_a_synced_history(self):
        store = os.path.join(self.dir, "history.sqlite")
        with DemoCluster("--license-usage", "50") as demo:
            self.sync(demo, store, 10)
            result = check(demo.url, demo.token, "--history", store)
            line = CheckStates.assert_plugin_output(self, result, "OK", 0, demo.token)
        data = perfdata(line)
        # After each pool's billed figures, in its percentage of the same quota, with the same thresholds; the
        # figure is that of `report forecast` over the same license year (rounded to two decimals).
        labels = list(data)
        self.assertEqual(labels, ["host_units", "host_units_billed", "dem_units", "dem_units_billed",
                                  "dem_units_forecast", "ddu", "ddu_billed", "ddu_forecast"])
        for label, metric, quota in [("dem_units_forecast", "dem", "2000000"), ("ddu_forecast", "ddu", "500000")]:
            value, rest = data[label].split("%;", 1)
            self.assertEqual(rest, "80;95;0;100")
            self.assertAlmostEqual(float(value), self.projected_percent(store, metric, quota), delta=0.005)
        self.assertNotIn("forecast", line.split(" | ")[0])

    def test_too_few_days_give_no_forecast(self):
        # Three days: fewer than seven complete days, the forecast is refused; the check is what it is without.
        store = os.path.join(self.dir, "short.sqlite")
        with DemoCluster("--license-usage", "50") as demo:
            self.sync(demo, store, 3)
            result = check(demo.url, demo.token, "--history", store)
            line = CheckStates.assert_plugin_output(self, result, "OK", 0, demo.token)
        self.assertNotIn("forecast", line)
        self.assertEqual(result.stderr, "")
        # A history that does not exist is not created by the check.
        missing = os.path.join(self.dir, "none.sqlite")
        with DemoCluster("--license-usage", "50") as demo:
            CheckStates.assert_plugin_output(self, check(demo.url, demo.token, "--history", missing), "OK", 0,
                                             demo.token)
        self.assertFalse(os.path.exists(missing))


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    try:
        unittest.main(verbosity=2)
    finally:
        shutil.rmtree(HOME, ignore_errors=True)
