"""The test's hosts: network namespaces named `adalc-*` on 10.77.0.0/24, each joined by a veth
pair to a bridge inside a "switch" namespace. Nothing is added to the root namespace: every
device is created inside the namespaces the test owns, and deleting them removes everything."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

PREFIX = "adalc-"
SWITCH = f"{PREFIX}switch"
SUBNET = "10.77.0"
# Host name -> last octet of its address.
# The client host also has CLIENT_SOURCES, the addresses of the servants' machines.
CLIENT_SOURCES = [f"{SUBNET}.{n}" for n in range(128, 192)]
HOSTS = {"lb": 2, "db": 10, "web1": 11, "web2": 12, "worker1": 21, "worker2": 22, "client": 100}


def address(host: str) -> str:
    return f"{SUBNET}.{HOSTS[host]}"


def namespace(host: str) -> str:
    return f"{PREFIX}{host}"


def run(*command: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=check, capture_output=True, text=True, **kwargs)


def in_host(host: str, *command: str, **kwargs) -> subprocess.CompletedProcess:
    return run("ip", "netns", "exec", namespace(host), *command, **kwargs)


def our_namespaces() -> list[str]:
    listed = run("ip", "netns", "list").stdout.split("\n")
    return [line.split()[0] for line in listed if line.startswith(PREFIX)]


def kill_host(host_namespace: str, sig: int = signal.SIGKILL) -> int:
    """Every process in one of the test's namespaces: the host "dies"."""
    pids = [int(p) for p in run("ip", "netns", "pids", host_namespace, check=False).stdout.split()]
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
    return len(pids)


def teardown() -> list[str]:
    """Kill what runs in the test's namespaces and delete them (also leftovers of a crashed run)."""
    names = our_namespaces()
    for name in names:
        kill_host(name)
    if names:
        time.sleep(0.3)
    for name in names:
        run("ip", "netns", "delete", name, check=False)
    return names


def build() -> None:
    run("ip", "netns", "add", SWITCH)
    run("ip", "-n", SWITCH, "link", "set", "lo", "up")
    run("ip", "-n", SWITCH, "link", "add", "br0", "type", "bridge")
    run("ip", "-n", SWITCH, "link", "set", "br0", "up")
    for host in HOSTS:
        name = namespace(host)
        run("ip", "netns", "add", name)
        run("ip", "-n", name, "link", "set", "lo", "up")
        # Both ends are made inside the test's namespaces: the switch's end and the host's eth0.
        run("ip", "-n", SWITCH, "link", "add", f"v-{host}", "type", "veth",
            "peer", "name", "eth0", "netns", name)  # fmt: skip
        run("ip", "-n", SWITCH, "link", "set", f"v-{host}", "master", "br0", "up")
        run("ip", "-n", name, "addr", "add", f"{address(host)}/24", "dev", "eth0")
        if host == "client":
            for source in CLIENT_SOURCES:
                run("ip", "-n", name, "addr", "add", f"{source}/24", "dev", "eth0")
        run("ip", "-n", name, "link", "set", "eth0", "up")


class Process:
    """A long-running program on one host, in a process group of its own, logging to a file."""

    def __init__(self, host: str, name: str, command: list[str], *, env: dict, log_dir: Path):
        self.host, self.name, self.command, self.env = host, name, command, env
        self.log = log_dir / f"{name}.log"
        self.popen: subprocess.Popen | None = None

    def start(self) -> Process:
        with open(self.log, "ab") as log:
            self.popen = subprocess.Popen(
                ["ip", "netns", "exec", namespace(self.host), *self.command],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, cwd=self.env.get("ADAL_CLUSTER_ROOT"),
            )  # fmt: skip
        return self

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def signal(self, sig: int) -> None:
        if self.popen is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, sig)

    def stop(self, timeout: float = 15) -> None:
        if not self.alive():
            return
        self.signal(signal.SIGTERM)
        try:
            self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGKILL)
            self.popen.wait()

    def tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        return ""


def wait_port(
    host_from: str, ip: str, port: int, *, timeout: float, process: Process | None = None
):
    """Until something listens on ip:port as seen from `host_from`'s namespace."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        probe = in_host(host_from, "bash", "-c", f"exec 3<>/dev/tcp/{ip}/{port}", check=False)
        if probe.returncode == 0:
            return
        if process is not None and not process.alive():
            raise RuntimeError(f"{process.name} exited:\n{process.tail()}")
        time.sleep(0.25)
    raise RuntimeError(f"nothing listens on {ip}:{port} after {timeout} s"
                       + (f"\n{process.tail()}" if process else ""))  # fmt: skip
