#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of `license-usage report chargeback`: the statements of a small history as CSV and PDF (the
PDF rendered and its text compared with the CSV), and the one-line errors that leave no output file.

Usage: test_chargeback_cli.py <path to license-usage>
"""
import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest
import zipfile
from decimal import Decimal

CLI = None
HOUR = 3600000
JAN_31_22 = 1738360800000  # 2025-01-31T22:00:00Z
HOME = tempfile.mkdtemp(prefix="lue-chargeback-home-")
GIB_8 = 8 << 30


def hour_file(start, environments):
    return json.dumps({"clusterUuid": "cluster-1", "timeFrameStart": start, "timeFrameEnd": start + HOUR,
                       "environmentBillingEntries": environments}).encode()


def environment(uuid, osi, ddu=None):
    """One full-stack host of 8 GiB: 0.5 host units an hour."""
    entry = {"environmentUuid": uuid, "trial": False,
             "hostUsages": [{"osiId": osi, "infrastructureOnly": False, "paas": False, "hostMemoryBytes": GIB_8}]}
    if ddu:
        entry["davisDataUnits"] = [{"pool": pool, "total": total} for pool, total in ddu.items()]
    return entry


# Four hours across the turn of January, two in each month: env-a and env-b 0.5 host units each hour; env-b also
# 100 Log and 50 Metrics DDUs an hour.
FILES = {"h%d.json" % i: hour_file(JAN_31_22 + i * HOUR,
                                   [environment("env-a", 1), environment("env-b", 2, {"Log": 100, "Metrics": 50})])
         for i in range(4)}
PERIOD = "2025-01-31T22:00:00Z/2025-02-01T02:00:00Z"

# January's prices, and February's host-unit price doubled.
RATES = {"currency": "EUR", "rates": [
    {"from": "2025-01", "hostUnitHour": 0.05, "demUnit": 0.02, "ddu": 0.001, "dduPools": {"Log": 0.002},
     "logUploadGiB": 0.10, "environmentMonthly": 0},
    {"from": "2025-02", "hostUnitHour": 0.10, "demUnit": 0.02, "ddu": 0.001, "dduPools": {"Log": 0.002},
     "logUploadGiB": 0.10, "environmentMonthly": 0}]}

HEADER = "cost_centre,environment_id,metric,quantity,unit_price,amount,currency,environment_name," \
         "cost_centre_source,rate_version\n"
# Computed by hand. Each environment: 2 January hours x 0.5 = 1 host-unit hour at 0.05, 1 February one at 0.10.
# env-b's DDUs: each month 200 Log at 0.002 = 0.40 and 100 others at 0.001 = 0.10.
ENV_B_ROWS = (
    "env-b,host_unit_hours,1,0.05,0.05,EUR,,none,2025-01\n"
    "env-b,host_unit_hours,1,0.1,0.10,EUR,,none,2025-02\n"
    "env-b,ddu,100,0.001,0.10,EUR,,none,2025-01\n"
    "env-b,ddu,100,0.001,0.10,EUR,,none,2025-02\n"
    "env-b,ddu_log,200,0.002,0.40,EUR,,none,2025-01\n"
    "env-b,ddu_log,200,0.002,0.40,EUR,,none,2025-02\n")
BY_TAG = HEADER + (
    "web,env-a,host_unit_hours,1,0.05,0.05,EUR,Shop,tag,2025-01\n"
    "web,env-a,host_unit_hours,1,0.1,0.10,EUR,Shop,tag,2025-02\n") + \
    "".join("Unallocated," + row for row in ENV_B_ROWS.splitlines(keepends=True))
# The mapping moves env-a from web (its tag) to ops and gives env-b to finance.
BY_MAP = HEADER + (
    "finance,env-b,host_unit_hours,1,0.05,0.05,EUR,,manual,2025-01\n"
    "finance,env-b,host_unit_hours,1,0.1,0.10,EUR,,manual,2025-02\n"
    "finance,env-b,ddu,100,0.001,0.10,EUR,,manual,2025-01\n"
    "finance,env-b,ddu,100,0.001,0.10,EUR,,manual,2025-02\n"
    "finance,env-b,ddu_log,200,0.002,0.40,EUR,,manual,2025-01\n"
    "finance,env-b,ddu_log,200,0.002,0.40,EUR,,manual,2025-02\n"
    "ops,env-a,host_unit_hours,1,0.05,0.05,EUR,Shop,manual,2025-01\n"
    "ops,env-a,host_unit_hours,1,0.1,0.10,EUR,Shop,manual,2025-02\n")


def run(*args, locale="en_US.UTF-8"):
    env = dict(os.environ, HOME=HOME, XDG_DATA_HOME=os.path.join(HOME, "data"),
               XDG_CONFIG_HOME=os.path.join(HOME, "config"), XDG_CACHE_HOME=os.path.join(HOME, "cache"),
               LANG=locale, LC_ALL=locale, LANGUAGE="")
    return subprocess.run([CLI, *args], capture_output=True, timeout=120, env=env)


class Chargeback(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="lue-chargeback-")
        cls.store = os.path.join(cls.dir, "history.sqlite")
        export = os.path.join(cls.dir, "export.zip")
        with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as z:
            for name in sorted(FILES):
                z.writestr(name, FILES[name])
        result = run("history", "import", "--history", cls.store, export)
        assert result.returncode == 0, result.stderr.decode()
        # What sync keeps of the cluster's /environments: env-a is tagged with its cost centre, env-b is not.
        db = sqlite3.connect(cls.store)
        db.execute("INSERT INTO environment_info VALUES ('cluster-1', 'env-a', 'Shop', ?, 0, 0)",
                   (json.dumps(["team:x", "costcenter:web"]),))
        db.execute("INSERT INTO environment_info VALUES ('cluster-1', 'env-b', '', '[]', 0, 0)")
        db.commit()
        db.close()
        cls.rates = cls.write("rates.json", json.dumps(RATES))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    @classmethod
    def write(cls, name, text):
        path = os.path.join(cls.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def chargeback(self, output, *extra, rates=None):
        return run("report", "chargeback", "--history", self.store, "--rates", rates or self.rates, "--period", PERIOD,
                   "-o", output, *extra)

    def test_csv_by_tag(self):
        output = os.path.join(self.dir, "by-tag.csv")
        result = self.chargeback(output)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        with open(output, encoding="utf-8") as f:
            self.assertEqual(f.read(), BY_TAG)

    def test_csv_by_map_overrides_tags(self):
        mapping = self.write("map.csv", "environment_id,cost_centre\nenv-a,ops\nenv-b,finance\n")
        output = os.path.join(self.dir, "by-map.csv")
        result = self.chargeback(output, "--map", mapping)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        with open(output, encoding="utf-8") as f:
            self.assertEqual(f.read(), BY_MAP)

    def test_tag_key(self):
        output = os.path.join(self.dir, "by-team.csv")
        result = self.chargeback(output, "--tag-key", "team")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        with open(output, encoding="utf-8") as f:
            self.assertIn("x,env-a,host_unit_hours,1,0.05,0.05,EUR,Shop,tag,2025-01\n", f.read())

    def test_pdf_pages_and_totals_match_the_csv(self):
        csv_path = os.path.join(self.dir, "statement.csv")
        pdf_path = os.path.join(self.dir, "statement.pdf")
        self.assertEqual(self.chargeback(csv_path).returncode, 0)
        result = self.chargeback(pdf_path)
        self.assertEqual(result.returncode, 0, result.stderr.decode())

        with open(csv_path, encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        totals = {}
        for row in rows:
            totals[row["cost_centre"]] = totals.get(row["cost_centre"], Decimal(0)) + Decimal(row["amount"])
        grand_total = sum(totals.values())
        self.assertEqual(totals, {"web": Decimal("0.15"), "Unallocated": Decimal("1.15")})
        self.assertEqual(grand_total, Decimal("1.30"))

        # A summary page and one page per cost centre, each rendered.
        pages = subprocess.run(["pdftotext", "-layout", pdf_path, "-"], capture_output=True, check=True).stdout
        pages = pages.decode().split("\f")
        pages = [page for page in pages if page.strip()]
        self.assertEqual(len(pages), 3, pages)
        summary, web, unallocated = pages
        self.assertIn("Chargeback summary", summary)
        self.assertIn("cluster-1", summary)
        self.assertIn("2025-01-31T22:00:00Z", summary)
        self.assertIn("2025-01, 2025-02", summary)
        for name, total in totals.items():
            self.assertRegex(summary, r"%s\s+\d+\s+%s" % (name, total))
        self.assertRegex(summary, r"Total\s+%s" % grand_total)
        # How the amounts were computed, on the summary page: the estimates, the rules, the rate card, the hours.
        prose = " ".join(summary.split())
        self.assertIn("How these amounts are computed", prose)
        self.assertIn("Host-unit hours and DEM units (marked \"est.\") are estimates", prose)
        self.assertIn("by the rules in the program's rules document", prose)
        self.assertIn("(docs/rules.md)", "".join(prose.split()))  # the path may wrap at its slash
        self.assertIn("rate card version of that month (2025-01, 2025-02)", prose)
        self.assertIn("Only the hours the history holds are counted", prose)
        self.assertIn("Host-unit hours (est.)", summary)
        self.assertIn("Statement: web", web)
        self.assertIn("Shop (env-a)", web)
        self.assertRegex(web, r"Total web\s+%s" % totals["web"])
        self.assertIn("Statement: Unallocated", unallocated)
        self.assertRegex(unallocated, r"Total Unallocated\s+%s" % totals["Unallocated"])

        prefix = os.path.join(self.dir, "page")
        subprocess.run(["pdftoppm", "-r", "30", "-png", pdf_path, prefix], check=True)
        images = sorted(name for name in os.listdir(self.dir) if name.startswith("page") and name.endswith(".png"))
        self.assertEqual(len(images), 3)
        for image in images:
            self.assertGreater(os.path.getsize(os.path.join(self.dir, image)), 1000)

        fonts = subprocess.run(["pdffonts", pdf_path], capture_output=True, check=True).stdout.decode()
        font_rows = fonts.splitlines()[2:]
        self.assertTrue(font_rows)
        for row in font_rows:
            self.assertIn(" yes ", row[row.index(" ") :], "font not embedded: " + row)

        # The page size follows the locale: Letter in the United States, A4 in Germany.
        info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, check=True).stdout.decode()
        self.assertRegex(info, r"Pages:\s+3\n")
        self.assertIn("(letter)", info)
        a4_path = os.path.join(self.dir, "statement-a4.pdf")
        result = run("report", "chargeback", "--history", self.store, "--rates", self.rates, "--period", PERIOD,
                     "-o", a4_path, locale="de_DE.UTF-8")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        info = subprocess.run(["pdfinfo", a4_path], capture_output=True, check=True).stdout.decode()
        self.assertIn("(A4)", info)

    def check_error(self, rates_text, message, *extra, code=2):
        rates = self.write("bad-rates.json", rates_text) if rates_text is not None else self.rates
        output = os.path.join(self.dir, "never.csv")
        result = self.chargeback(output, *extra, rates=rates)
        self.assertEqual(result.returncode, code, result.stderr.decode())
        stderr = result.stderr.decode()
        self.assertEqual(len(stderr.strip().splitlines()), 1, stderr)
        self.assertIn(message, stderr)
        self.assertFalse(os.path.exists(output))

    def test_errors(self):
        self.check_error('{"currency": "EUR",\n "rates": [ {"from": "2025-01",, } ]}',
                         "bad-rates.json: line 2: not valid JSON")
        bad = json.loads(json.dumps(RATES))
        bad["rates"][1]["ddu"] = -0.5
        self.check_error(json.dumps(bad), "bad-rates.json: rates[1].ddu: negative price")
        bad = json.loads(json.dumps(RATES))
        bad["currency"] = "EURO"
        self.check_error(json.dumps(bad), 'currency: unknown currency code "EURO"')
        bad = json.loads(json.dumps(RATES))
        bad["rates"][0]["hostUnitHours"] = 0.05
        self.check_error(json.dumps(bad), "rates[0].hostUnitHours: unknown key")
        mapping = self.write("unknown.csv", "environment_id,cost_centre\nenv-a,ops\nenv-zzz,web\n")
        self.check_error(None, "unknown.csv: line 3: unknown environment env-zzz", "--map", mapping)
        output = os.path.join(self.dir, "never.csv")
        result = run("report", "chargeback", "--history", self.store, "--rates", self.rates, "--period",
                     "2024-01-01/2024-02-01", "-o", output)
        self.assertEqual(result.returncode, 2, result.stderr.decode())
        self.assertIn("the period has no usage data", result.stderr.decode())
        self.assertFalse(os.path.exists(output))
        result = run("report", "chargeback", "--history", self.store, "--rates", self.rates, "--period",
                     "2025-02-01", "-o", output)
        self.assertEqual(result.returncode, 2)
        self.assertIn("not an ISO 8601 interval", result.stderr.decode())


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    try:
        unittest.main(verbosity=2)
    finally:
        shutil.rmtree(HOME, ignore_errors=True)
