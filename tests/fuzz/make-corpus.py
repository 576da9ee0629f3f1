#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the seed corpora of the fuzz targets into corpus/<target>/ next to this script: small real-shaped
# inputs and the hostile archives the archive reader's tests build. Deterministic; run it again after changing it
# and commit the result.
import io
import json
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
START = 1790812800000  # 2026-10-01T00:00Z
DATE = (2026, 10, 1, 2, 0, 0)


def out(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def hour_json(hour, string_times=False, osi=-7039847329479254221):
    start = START + hour * 3600000
    def ts(ms):
        return '"%d"' % ms if string_times else "%d" % ms
    # Written by hand (not json.dumps) so that the 64-bit ids stay exact.
    return ('{"clusterUuid":"0d3c4f0e-7f1a-4a31-9f0b-c0ffee000001","timeFrameStart":%s,"timeFrameEnd":%s,'
            '"environmentBillingEntries":[{"environmentUuid":"a1b2c3d4-0000-4000-8000-000000000001",'
            '"visits":120,"mobileSessions":7,"sessionReplays":3,"mobileSessionReplays":0,'
            '"totalRUMUserPropertiesUsed":4,"hostUsages":[{"osiId":%d,"hostName":null,'
            '"hostCategory":"STANDARD","infrastructureOnly":false,"paas":false,"hostMemoryBytes":17179869184,'
            '"passMemoryLimit":0,"vendorTypeId":null,"premiumLogAnalytics":false,"hasContainers":true,'
            '"agentUsages":[{"agentId":"1","agentTypeId":1,"networkTraffic":null,"agentUsageRecords":'
            '[{"startTime":%d,"endTime":%d},{"startTime":%d,"endTime":%d}]}]},'
            '{"osiId":"9223372036854775807","infrastructureOnly":true,"paas":false,"hostMemoryBytes":1717986918,'
            '"agentUsages":[]},{"osiId":12,"paas":true,"hostMemoryBytes":8589934592,"passMemoryLimit":4294967296,'
            '"agentUsages":null}],"syntheticBillingUsage":[{"monitorTypeId":1,"testId":5,"publicExecutions":12,'
            '"privateExecutions":3},{"monitorTypeId":2,"testId":6,"publicExecutions":60.0,"privateExecutions":0}],'
            '"davisDataUnits":[{"pool":"Metrics","total":1.5},{"pool":"Log","total":0.25},'
            '{"pool":"Custom Pool-1","total":2}],"customMetrics":[{"source":"api","total":40}],'
            '"logStorageUsageBytes":1048576,"logUploadVolumeBytes":2048,"trial":false,"internalUse":false,'
            '"highAvailabilityCluster":false,"newProblems":2,"downloads":null,"syntheticUsages":[]},'
            '{"environmentUuid":"trial-env","visits":"5","hostUsages":null,"customMetrics":null,'
            '"davisDataUnits":null,"trial":true,"unknownField":{"nested":[1,2,3]}}]}\n') % (
        ts(start), ts(start + 3600000), osi, start, start + 1200000, start + 1100000, start + 3600000)


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    """entries: list of (name, data[, compression[, external_attr]])."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for entry in entries:
            name, data = entry[0], entry[1]
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = entry[2] if len(entry) > 2 else compression
            info.external_attr = entry[3] if len(entry) > 3 else (0o100644 << 16)
            info.create_system = 3
            z.writestr(info, data)
    return buffer.getvalue()


def hours(count, **kwargs):
    return [("0d3c4f0e_%d.json" % (START + h * 3600000), hour_json(h, **kwargs)) for h in range(count)]


def nested(inner, inner_method=zipfile.ZIP_STORED, inner_name="billingRecords_%d_%d.zip" % (START, START + 7200000)):
    return zip_bytes([(inner_name, inner, inner_method),
                      (inner_name + ".sig", bytes((i * 37 + 11) & 0xff for i in range(64))),
                      ("export.log", "2026-10-01 02:00:00 INFO  License consumption export started\n"
                                     "2026-10-01 02:00:04 INFO  License consumption export finished\n")])


def set_flag(data, bit):
    """Sets a general-purpose flag bit in every local and central header (bit 0: encrypted)."""
    data = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset] |= bit
            at = data.find(signature, at + 4)
    return bytes(data)


def set_method(data, method):
    data = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at >= 0:
            struct.pack_into("<H", data, at + offset, method)
            at = data.find(signature, at + 4)
    return bytes(data)


def flip(data, needle):
    at = data.find(needle)
    data = bytearray(data)
    data[at + len(needle) // 2] ^= 0x20
    return bytes(data)


# --- hour parser
out("hourparser", "hour-numbers.json", hour_json(0))
out("hourparser", "hour-string-times.json", hour_json(1, string_times=True, osi=-1))
out("hourparser", "hour-iso-times.json",
    '{"clusterUuid":"c","timeFrameStart":"2026-10-01T03:00:00Z","timeFrameEnd":"2026-10-01T04:00:00.000Z",'
    '"environmentBillingEntries":[{"environmentUuid":"e","hostUsages":[{"osiId":"-9223372036854775808",'
    '"hostMemoryBytes":"4294967296","agentUsages":[{"agentUsageRecords":[{"startTime":"2026-10-01T03:00:00Z",'
    '"endTime":"2026-10-01T03:04:59Z"}]}]}]}]}')
out("hourparser", "hour-minimal.json", '{"timeFrameStart":1790812800000}')
out("hourparser", "not-an-object.json", '[{"timeFrameStart":1790812800000}]')
out("hourparser", "missing-start.json", '{"clusterUuid":"c","environmentBillingEntries":[]}')

# --- archive reader
flat = zip_bytes(hours(2))
inner = zip_bytes(hours(2, string_times=True))
out("archivereader", "nested-stored.zip", nested(inner))
out("archivereader", "nested-deflated.zip", nested(inner, zipfile.ZIP_DEFLATED))
out("archivereader", "flat.zip", flat)
out("archivereader", "flat-stored.zip", zip_bytes(hours(1), zipfile.ZIP_STORED))
out("archivereader", "single.json", hour_json(0))
out("archivereader", "folders-and-companions.zip",
    zip_bytes([("records/", b""), ("records/H.JSON", hour_json(3)), ("__MACOSX/._H.JSON", b"\0\5\26\7"),
               ("records/._x.json", b"junk")]))
out("archivereader", "two-records-archives.zip",
    zip_bytes([("billingRecords_a.zip", inner, zipfile.ZIP_STORED), ("billingRecords_b.zip", inner, zipfile.ZIP_STORED)]))
out("archivereader", "records-archive-not-a-zip.zip", nested(b"just text, not a zip"))
out("archivereader", "empty.zip", zip_bytes([]))
out("archivereader", "no-json.zip", zip_bytes([("readme.txt", "nothing here")]))
out("archivereader", "symlink.zip", zip_bytes([("a.json", hour_json(0)), ("b.json", "/etc/passwd", zipfile.ZIP_STORED,
                                                                          0o120777 << 16)]))
out("archivereader", "encrypted.zip", set_flag(zip_bytes(hours(1)), 1))
out("archivereader", "method-99.zip", set_method(zip_bytes(hours(1)), 99))
stored = zip_bytes(hours(1), zipfile.ZIP_STORED)
out("archivereader", "bad-crc-stored.zip", flip(stored, b'"visits":120'))
out("archivereader", "bad-crc-inner.zip", nested(flip(zip_bytes(hours(1), zipfile.ZIP_STORED), b'"visits":120')))
out("archivereader", "cut-at-half.zip", flat[: len(flat) // 2])
out("archivereader", "nested-cut-at-half.zip", nested(inner)[: len(nested(inner)) // 2])
# 3 MiB of zeros in a JSON string: over the fuzz target's ratio cap (250 at 64 KiB and up) and entry cap.
bomb = '{"timeFrameStart":1790812800000,"pad":"' + "0" * (3 << 20) + '"}'
out("archivereader", "ratio-bomb.zip", zip_bytes([("bomb.json", bomb)]))
out("archivereader", "html-page.zip", "<!DOCTYPE html><html><body>Login required</body></html>\n")

# --- CSV writer: flags, environment count, then per environment id, name, numbers, pool
def csv_seed(flags, environments):
    data = bytearray([flags, len(environments) - 1])
    for env_id, name, pool in environments:
        for text in (env_id, name):
            raw = text.encode()
            data += bytes([len(raw)]) + raw
        data += struct.pack("<q", 120) + struct.pack("<q", 1 << 20) + bytes([0])
        raw = pool.encode()
        data += bytes([len(raw)]) + raw + struct.pack("<q", 1500)
    return bytes(data)

out("csvwriter", "plain", csv_seed(0, [("env-1", "Production EMEA", "Metrics"), ("env-2", "Staging", "Log")]))
out("csvwriter", "hostile-names", csv_seed(8, [("a,b", 'say "hi"', "Log"), ('"q"', "line\nbreak", "log"),
                                               ("cr\r", "tab\tcomma,", "Custom Pool-1")]))
out("csvwriter", "unicode-month", csv_seed(2 | 4 | 8 | 16, [("ümlaut", "名前 \u202e rtl", "Métriques"),
                                                            ("", "", "")]))

# --- cluster responses: first byte picks the parser (see fuzz_clusterresponse.cpp)
def cr(kind, name, body):
    out("clusterresponse", name, bytes([kind]) + (body if isinstance(body, bytes) else body.encode()))

cr(0, "environments-page", json.dumps({"totalCount": 3, "pageSize": 2, "nextPageKey": "AQAAABQBAAAABQ==",
                                      "environments": [{"id": "a1b2", "name": "Production", "state": "ENABLED",
                                                        "trial": False, "tags": ["prod", "emea"],
                                                        "creationDate": "2024-01-01T00:00:00Z"},
                                                       {"id": 42, "name": "Numbers", "state": "DISABLED",
                                                        "trial": True, "tags": None, "creationDate": 1704067200000}]}))
cr(0, "environments-last-page", '{"totalCount":1,"nextPageKey":null,"environments":[{"id":"x"}]}')
# includeConsumptionInfo=true: quotas.hostUnits.maxLimit as a number, a numeric string, null, absent, -1, a word.
cr(0, "environments-quotas", json.dumps({"totalCount": 6, "pageSize": 1000, "nextPageKey": None, "environments": [
    {"id": "q1", "name": "Production", "state": "ENABLED", "trial": False, "tags": [],
     "quotas": {"hostUnits": {"maxLimit": 120, "currentUsage": 97.5},
                "demUnits": {"monthlyLimit": None, "annualLimit": 500000, "consumedThisMonth": 12.5,
                             "consumedThisYear": 4000.25},
                "userSessions": {"totalAnnualLimit": None, "totalConsumedThisYear": 7},
                "syntheticMonitors": {"monthlyLimit": None, "annualLimit": None},
                "davisDataUnits": {"monthlyLimit": 1000, "annualLimit": None, "consumedThisMonth": 8},
                "logMonitoring": {"monthlyLimit": None, "annualLimit": None}}},
    {"id": "q2", "quotas": {"hostUnits": {"maxLimit": "80.5"}}},
    {"id": "q3", "quotas": {"hostUnits": {"maxLimit": None}}},
    {"id": "q4", "quotas": {"hostUnits": {"currentUsage": 3}}},
    {"id": "q5", "quotas": {"hostUnits": {"maxLimit": -1}}},
    {"id": "q6", "quotas": {"hostUnits": {"maxLimit": "1e400"}}}]}))
cr(1, "error-body", json.dumps({"error": {"code": 400, "message": "Constraints violated.",
                                          "constraintViolations": [{"path": "endTs", "message": "must be earlier",
                                                                    "parameterLocation": "QUERY", "location": None}]}}))
cr(1, "error-body-controls", '{"error":{"code":500,"message":"\\u001b[2Jboom\\u202e\\ud800 end"}}')
cr(2, "retry-after-seconds", "120")
cr(2, "retry-after-imf", "Thu, 01 Oct 2026 12:01:30 GMT")
cr(2, "retry-after-rfc850", "Thursday, 01-Oct-26 12:02:00 GMT")
cr(2, "retry-after-asctime", "Thu Oct  1 12:00:10 2026")
cr(3, "cluster-license", json.dumps({"licenseName": "Managed", "licenseType": "PAID", "licenseStatus": "ACTIVE",
                                     "licenseExpirationTime": "2027-01-01T00:00:00Z", "clusterId": 7,
                                     "usageOfHostUnits": {"quota": 1000, "usage": "812.5", "usagePercent": 81.25,
                                                          "remaining": 187.5, "usageStatus": "OK",
                                                          "overageUsage": 0},
                                     "usageOfDemUnits": {"quota": -1}, "usageOfDduUnits": None}))
cr(4, "content-length", "identity\n 1048576 ")
cr(4, "content-length-gzip", "gzip\n42")
zip_end = b"PK\x05\x06" + bytes(16) + struct.pack("<H", 5) + b"hello"
cr(5, "zip-end", b"PK\x03\x04" + bytes(40) + zip_end)
cr(5, "zip-end-in-comment", b"PK\x03\x04" + b"PK\x05\x06" + bytes(16) + struct.pack("<H", 26) + zip_end)
cr(6, "display-utf8", "plain \x1b[31mred\x1b[0m \u200f\u2066 tab\there")
cr(7, "display-utf16", "\ud800x\udc00".encode("utf-16-le", "surrogatepass") + "é\x07".encode("utf-16-le"))

# --- demo cluster request heads
out("demorequest", "get-consumption",
    "GET /api/cluster/v2/license/consumption?startTs=1790812800000&endTs=1790820000000 HTTP/1.1\r\n"
    "Host: 127.0.0.1:8443\r\nAuthorization: Api-Token dt0c01.DEMO.secret\r\nAccept: application/octet-stream\r\n"
    "Accept-Encoding: gzip, deflate\r\nConnection: Keep-Alive\r\n\r\n")
out("demorequest", "get-environments-lf",
    "GET /api/cluster/v2/environments?nextPageKey=AQ%3D%3D HTTP/1.0\nhost: x\nX-Folded:  a  \n\n")
out("demorequest", "malformed", "GET /  HTTP/1.1\r\n\r\n")
out("demorequest", "incomplete", "GET /api/cluster/v2/clusterLicense HTTP/1.1\r\nHost: x\r\n")
