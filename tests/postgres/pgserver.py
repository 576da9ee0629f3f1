#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A PostgreSQL server of its own for the tests of the history's PostgreSQL backend.

Debian's `postgresql` package: `initdb` into a temporary folder, `pg_ctl start` on a free port on 127.0.0.1 with
password authentication (scram-sha-256) and TLS (a CA and a server certificate made here with openssl), a role and a
database for the tests. `initdb` refuses to run as root: as root the server runs as the `postgres` user the package
creates (runuser), otherwise as the user running the tests. A missing server is an error, never a skip.

The password is random, is written to a libpq password file (mode 0600) and reaches psql and the program under test
only through PGPASSFILE: never a command line.

    pgserver.py start STATE_FILE [--durable]
                                    starts a server, writes STATE_FILE (JSON) and STATE_FILE's folder/pgpass;
                                    --durable keeps fsync on (for benchmarks)
    pgserver.py stop STATE_FILE     stops it and removes its folder

In Python: `with PostgresServer() as server:` (server.uri, server.passfile, server.password, server.env()).
"""
import glob
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time

USER = "lue"
DATABASE = "lue"


def postgres_bin():
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if versions:
        return os.path.dirname(versions[0])
    found = shutil.which("initdb")
    if found:
        return os.path.dirname(found)
    raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql); its tests cannot run")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    def __init__(self, state_dir=None, durable=False):
        self.state_dir = state_dir
        # Tests do not need the server to survive a power cut; a benchmark measures what a real one does.
        self.durable = durable
        self.dir = None
        self.port = None
        self.password = None
        self.passfile = None
        self.ca_file = None
        self.bin = None
        self.as_postgres = os.geteuid() == 0

    # -- running the server's programs as its owner
    def _run(self, program, *arguments, input_text=None, env=None):
        command = [os.path.join(self.bin, program), *arguments]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, input=input_text, capture_output=True, text=True, env=env, timeout=120)
        if result.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (program, result.returncode, result.stderr.strip()))
        return result.stdout

    def _give_to_server(self, path):
        if self.as_postgres:
            entry = pwd.getpwnam("postgres")
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def _make_certificates(self):
        """A CA and a server certificate for 127.0.0.1, so that sslmode=verify-full can be tested."""
        tls = os.path.join(self.dir, "tls")
        os.mkdir(tls)
        def openssl(*arguments):
            subprocess.run(["openssl", *arguments], check=True, capture_output=True, timeout=60)
        ca_key, ca_cert = os.path.join(tls, "ca.key"), os.path.join(tls, "ca.pem")
        key, request, cert = (os.path.join(tls, name) for name in ("server.key", "server.csr", "server.pem"))
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=lue test CA",
                "-keyout", ca_key, "-out", ca_cert)
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", request)
        extensions = os.path.join(tls, "server.ext")
        with open(extensions, "w") as out:
            out.write("subjectAltName=IP:127.0.0.1\n")
        openssl("x509", "-req", "-in", request, "-CA", ca_cert, "-CAkey", ca_key, "-CAcreateserial", "-days", "2",
                "-extfile", extensions, "-out", cert)
        # A second CA that signed nothing: a client trusting it must fail the TLS check.
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=other CA",
                "-keyout", os.path.join(tls, "other.key"), "-out", os.path.join(tls, "other.pem"))
        for path in (key, cert):
            self._give_to_server(path)
        os.chmod(key, 0o600)
        os.chmod(tls, 0o755)
        for name in ("ca.pem", "other.pem"):
            os.chmod(os.path.join(tls, name), 0o644)
        self.ca_file = ca_cert
        return cert, key

    def start(self):
        self.bin = postgres_bin()
        self.dir = tempfile.mkdtemp(prefix="lue-postgres-")
        os.chmod(self.dir, 0o755)
        data = os.path.join(self.dir, "data")
        sockets = os.path.join(self.dir, "sockets")
        logs = os.path.join(self.dir, "log")
        for folder in (data, sockets, logs):
            os.mkdir(folder, 0o700)
            self._give_to_server(folder)
        admin_password = secrets.token_hex(16)
        self.password = secrets.token_hex(16)
        # initdb reads the superuser's password from a file that only the server's owner can read.
        pwfile = os.path.join(self.dir, "admin-password")
        with open(os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as out:
            out.write(admin_password + "\n")
        self._give_to_server(pwfile)
        self._run("initdb", "-D", data, "-U", "admin", "--auth=scram-sha-256", "--pwfile=" + pwfile,
                  "--encoding=UTF8", "--locale=C.UTF-8")
        os.remove(pwfile)
        with open(os.path.join(data, "pg_hba.conf"), "w") as hba:
            hba.write("local all all scram-sha-256\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n")
        cert, key = self._make_certificates()
        with open(os.path.join(data, "postgresql.conf"), "a") as conf:
            conf.write("ssl = on\nssl_cert_file = '%s'\nssl_key_file = '%s'\n" % (cert, key))
            conf.write("max_connections = 100\n")
            if not self.durable:
                conf.write("fsync = off\n")
        # The test user's password file, for psql here and for the program under test (PGPASSFILE).
        self.passfile = os.path.join(self.state_dir or self.dir, "pgpass")
        for attempt in range(5):
            self.port = free_port()
            with open(os.open(self.passfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
                out.write("127.0.0.1:%d:*:admin:%s\n127.0.0.1:%d:*:%s:%s\n" %
                          (self.port, admin_password, self.port, USER, self.password))
            try:
                self._run("pg_ctl", "-D", data, "-l", os.path.join(logs, "server.log"), "-w", "-t", "60",
                          "-o", "-p %d -k %s -h 127.0.0.1" % (self.port, sockets), "start")
                break
            except RuntimeError:
                if attempt == 4:
                    with open(os.path.join(logs, "server.log")) as log:
                        print(log.read(), file=sys.stderr)
                    raise
        self.psql_admin("CREATE ROLE %s LOGIN PASSWORD '%s';\nCREATE DATABASE %s OWNER %s;\n"
                        % (USER, self.password, DATABASE, USER))
        return self

    def psql(self, sql, user=USER, database=DATABASE):
        """Runs `sql` (from standard input, never a command line) as `user` over TCP with the password file."""
        env = dict(os.environ, PGPASSFILE=self.passfile)
        result = subprocess.run([os.path.join(self.bin, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At",
                                 "-h", "127.0.0.1", "-p", str(self.port), "-U", user, "-d", database],
                                input=sql, capture_output=True, text=True, env=env, timeout=120)
        if result.returncode != 0:
            raise RuntimeError("psql failed: " + result.stderr.strip())
        return result.stdout

    def psql_admin(self, sql):
        return self.psql(sql, user="admin", database="postgres")

    @property
    def uri(self):
        return "postgresql://%s@127.0.0.1:%d/%s?sslmode=disable" % (USER, self.port, DATABASE)

    def env(self):
        """What a process under test needs to find the password: only the password file's path."""
        return {"PGPASSFILE": self.passfile}

    def stop(self):
        if self.dir and os.path.isdir(os.path.join(self.dir, "data")):
            try:
                self._run("pg_ctl", "-D", os.path.join(self.dir, "data"), "-m", "immediate", "-w", "stop")
            except RuntimeError as error:
                print("stopping the server: %s" % error, file=sys.stderr)
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
        if self.passfile and self.state_dir:
            try:
                os.remove(self.passfile)
            except FileNotFoundError:
                pass

    def state(self):
        return {"dir": self.dir, "port": self.port, "uri": self.uri, "passfile": self.passfile,
                "ca_file": self.ca_file, "bin": self.bin, "as_postgres": self.as_postgres}

    @classmethod
    def from_state(cls, state):
        server = cls()
        server.dir, server.port, server.passfile = state["dir"], state["port"], state["passfile"]
        server.ca_file, server.bin, server.as_postgres = state["ca_file"], state["bin"], state["as_postgres"]
        return server

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()


def main(arguments):
    durable = "--durable" in arguments
    arguments = [argument for argument in arguments if argument != "--durable"]
    if len(arguments) != 2 or arguments[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    state_file = os.path.abspath(arguments[1])
    if arguments[0] == "start":
        # A server a killed run left behind is stopped first.
        if os.path.exists(state_file):
            with open(state_file) as state:
                PostgresServer.from_state(json.load(state)).stop()
        os.makedirs(os.path.dirname(state_file), exist_ok=True)
        server = PostgresServer(os.path.dirname(state_file), durable)
        try:
            server.start()
        except BaseException:
            server.stop()
            raise
        with open(state_file, "w") as out:
            json.dump(server.state(), out)
        print("PostgreSQL test server on 127.0.0.1:%d" % server.port)
        return 0
    if not os.path.exists(state_file):
        return 0
    with open(state_file) as state:
        server = PostgresServer.from_state(json.load(state))
    server.state_dir = os.path.dirname(state_file)
    server.stop()
    os.remove(state_file)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
