"""The company relay under a call centre's load, and killed under it.

Load (``--desks`` SSE desks, default 500, in a child process; ``--rate`` webhooks a second,
default 50, for ``--seconds``, default 60), twice:

- ``memory``: one ``agentdesk relay`` process;
- ``redis``: two relay processes on one ``redis-server`` (Debian's, on a free loopback port);
  desks alternate between the replicas and the posts alternate too, as a load balancer would.

The "PBX" posts MegaFon's ``event`` command (form fields, ``crm_token``), one event to each
agent in turn, each post at its scheduled time (it is late only when the relay is slow to
answer). Latency is webhook → desk: the poster's clock just before the request is sent, the
desk's clock when the event is parsed off the stream; both are ``time.monotonic()``, which is
one clock for every process of a Linux machine. The relays' CPU is their user + system time
over the load period (``/proc/PID/stat``), as % of one core; their RSS is read at the end
(VmRSS) with its peak (VmHWM).

Then ``kill`` (Redis mode, ``--kill-desks`` desks, default 100, ``--kill-seconds`` of posts,
default 20): replica A is SIGKILLed a quarter of the way in and restarted at half-way; while A
is down the posts it refuses go to B (the vendor's retry, or the load balancer's), and desks
whose stream ended reconnect to the other replica with ``Last-Event-ID``. At three quarters,
one desk's stream is cut by the desk itself and resumed. Each desk must then hold exactly the
events the relays accepted for its agent, in the order accepted: the bench counts the events
lost, duplicated and out of order (goal: 0, 0, 0).

    python bench/relay.py [--desks N] [--rate R] [--seconds S] [--skip-load] [--skip-kill]

The desks' process is this script again (``--desks-child``), talking to the parent through
its stdin/stdout and a results file.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MEGAPBX_TOKEN = "bench-crm-token"
CLK_TCK = os.sysconf("SC_CLK_TCK")
START_TIMEOUT = 30.0


# -- processes ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def stop(process: subprocess.Popen[Any], timeout: float = 10) -> None:
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def redis_server(workdir: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
         "no", "--dir", str(workdir), "--maxclients", "10000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if "Ready to accept connections" in line:
                break
        else:
            raise RuntimeError("redis-server ended before it was ready")
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        stop(process)
        if process.stdout is not None:
            process.stdout.close()


class Relay:
    """One ``agentdesk relay`` process; restartable on the same port."""

    def __init__(self, state_dir: Path, redis_url: str | None) -> None:
        self.state_dir = state_dir
        self.redis_url = redis_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        env = {**os.environ, "AGENTDESK_RELAY_MEGAPBX_TOKEN": MEGAPBX_TOKEN}
        command = [sys.executable, "-m", "agentdesk", "relay", "--port", str(self.port),
                   "--state-dir", str(self.state_dir)]  # fmt: skip
        if self.redis_url:
            command += ["--redis", self.redis_url]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if "listening on" not in line:
            raise RuntimeError(f"the relay did not start: {line!r}")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.close()

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)
            self.close()

    def close(self) -> None:
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime


def memory_mib(pid: int) -> tuple[float, float]:
    """VmRSS and VmHWM (the peak), MiB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


# -- the desks' child process ------------------------------------------------------------------


async def _desk(
    client: Any,
    number: int,
    token: str,
    urls: list[str],
    received: list[tuple[str, float]],
    ready: asyncio.Event,
    cut: dict[int, asyncio.Event],
    reconnects: list[int],
) -> None:
    import httpx
    from httpx_sse import aconnect_sse

    last_id: str | None = None
    turn = number % len(urls)
    while True:
        headers = {"Authorization": f"Bearer {token}"}
        if last_id is not None:
            headers["Last-Event-ID"] = last_id
        cutter = cut.setdefault(number, asyncio.Event())
        try:
            async with aconnect_sse(
                client, "GET", urls[turn] + "/events", headers=headers
            ) as source:
                if source.response.status_code != 200:
                    raise httpx.HTTPError(f"status {source.response.status_code}")
                async for event in source.aiter_sse():
                    if event.id:
                        last_id = event.id
                    if event.event == "hello":
                        ready.set()
                    elif event.event == "webhook":
                        payload = json.loads(event.data)["payload"]
                        received.append((payload["callid"], time.monotonic()))
                    if cutter.is_set():
                        cutter.clear()
                        break  # the desk drops its own stream, and resumes
        except (httpx.HTTPError, OSError, json.JSONDecodeError):
            pass
        reconnects[number] += 1
        turn = (turn + 1) % len(urls)  # the balancer's other replica
        await asyncio.sleep(0.1 + random.random() * 0.2)


async def desks_child(tokens_file: Path, urls: list[str], results: Path) -> None:
    import httpx

    tokens: list[str] = json.loads(await asyncio.to_thread(tokens_file.read_text))
    received: list[list[tuple[str, float]]] = [[] for _ in tokens]
    readies = [asyncio.Event() for _ in tokens]
    reconnects = [0] * len(tokens)
    cut: dict[int, asyncio.Event] = {}
    # One client, one connection per stream: a client each would cost the child ~30 ms of
    # TLS context per desk, and the bench would measure that instead of the relay.
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=0)
    client = httpx.AsyncClient(limits=limits, timeout=None)
    tasks = [
        asyncio.create_task(_desk(client, n, t, urls, received[n], readies[n], cut, reconnects))
        for n, t in enumerate(tokens)
    ]
    await asyncio.gather(*(ready.wait() for ready in readies))
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := (await reader.readline()).decode().strip():
        command, _, argument = line.partition(" ")
        if command == "cut":
            cut.setdefault(int(argument), asyncio.Event()).set()
        elif command == "stop":
            break
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await client.aclose()
    answer = json.dumps({"received": received, "reconnects": reconnects})
    await asyncio.to_thread(results.write_text, answer)


# -- the parent --------------------------------------------------------------------------------


@dataclass
class Posted:
    sent: dict[str, float] = field(default_factory=dict)
    """callid → monotonic time just before the post that the relay accepted."""
    accepted: dict[int, list[str]] = field(default_factory=dict)
    """agent number → callids accepted, in order."""
    refused: int = 0
    late: float = 0.0


def duplicates_kept_out(relay: str) -> int:
    import httpx

    text = httpx.get(relay + "/metrics").text
    line = next(x for x in text.splitlines() if x.startswith("agentdesk_relay_duplicate_"))
    return int(float(line.split()[-1]))


def make_agents(state_dir: Path, count: int) -> list[str]:
    from agentdesk.relay.agents import AgentBook

    book = AgentBook(state_dir)
    return [book.add(f"agent{n:04d}", (f"{100 + n}",)) for n in range(count)]


def start_desks(tokens: list[str], urls: list[str], workdir: Path) -> subprocess.Popen[str]:
    tokens_file = workdir / "tokens.json"
    tokens_file.write_text(json.dumps(tokens))
    process = subprocess.Popen(
        [sys.executable, __file__, "--desks-child", str(tokens_file), str(workdir / "got.json"),
         *urls],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT + len(tokens) * 0.1
    line = process.stdout.readline()
    if line.strip() != "ready" or time.monotonic() > deadline:
        stop(process)
        raise RuntimeError(f"the desks did not connect: {line!r}")
    return process


def finish_desks(process: subprocess.Popen[str], workdir: Path) -> dict[str, Any]:
    assert process.stdin is not None
    process.stdin.write("stop\n")
    process.stdin.flush()
    process.wait(timeout=60)
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            pipe.close()
    result: dict[str, Any] = json.loads((workdir / "got.json").read_text())
    return result


async def post_events(
    urls: list[str],
    agents: int,
    rate: float,
    seconds: float,
    on_time: Any = None,
) -> Posted:
    """Post ``rate`` events a second for ``seconds``, round-robin over agents and replicas.
    A refused post (the replica down, a 5xx) goes to the next replica, as the vendor's retry
    or the balancer would send it; ``on_time(elapsed)`` runs between posts."""
    import httpx

    posted = Posted()
    total = int(rate * seconds)
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=10) as client:
        for n in range(total):
            due = started + n / rate
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                posted.late = max(posted.late, -delay)
            if on_time is not None:
                on_time(time.monotonic() - started)
            agent, callid = n % agents, f"c{n}"
            form = {
                "cmd": "event",
                "crm_token": MEGAPBX_TOKEN,
                "type": "INCOMING",
                "user": f"agent{agent:04d}",
                "phone": "+79001234567",
                "callid": callid,
            }
            for attempt in range(len(urls) * 3):
                url = urls[(n + attempt) % len(urls)]
                sent = time.monotonic()
                try:
                    answer = await client.post(url + "/hooks/megapbx", data=form)
                except httpx.HTTPError:
                    answer = None
                if answer is not None and answer.status_code == 200:
                    posted.sent[callid] = sent
                    posted.accepted.setdefault(agent, []).append(callid)
                    break
                posted.refused += 1
                await asyncio.sleep(0.05)
    return posted


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@contextlib.contextmanager
def scratch_agents(count: int) -> Iterator[tuple[Path, Path, list[str]]]:
    """A scratch dir, the relays' state dir in it with ``count`` agents, and their tokens."""
    with tempfile.TemporaryDirectory(prefix="relay-bench-") as scratch:
        workdir = Path(scratch)
        state = workdir / "state"
        state.mkdir()
        yield workdir, state, make_agents(state, count)


def load(mode: str, args: argparse.Namespace) -> None:
    with scratch_agents(args.desks) as (workdir, state, tokens):
        with contextlib.ExitStack() as stack:
            redis_url = None
            redis_process = None
            if mode == "redis":
                redis_url, redis_process = stack.enter_context(redis_server(workdir))
            relays = [Relay(state, redis_url) for _ in range(2 if redis_url else 1)]
            for relay in relays:
                relay.start()
                stack.callback(relay.stop)
            urls = [relay.url for relay in relays]
            connect_started = time.monotonic()
            desks = start_desks(tokens, urls, workdir)
            connected = time.monotonic() - connect_started
            watched = [relay.pid for relay in relays]
            if redis_process is not None:
                watched.append(redis_process.pid)
            cpu_before = [cpu_seconds(pid) for pid in watched]
            wall_before = time.monotonic()
            posted = asyncio.run(post_events(urls, args.desks, args.rate, args.seconds))
            # The last events' delivery: the desks are given a moment to read them.
            time.sleep(1.0)  # the bench's own grace, not a test's guessed wait
            wall = time.monotonic() - wall_before
            cpu = [
                (cpu_seconds(pid) - before) / wall * 100
                for pid, before in zip(watched, cpu_before, strict=True)
            ]
            memory = [memory_mib(pid) for pid in watched]
            got = finish_desks(desks, workdir)
        latencies = [
            (at - posted.sent[callid]) * 1000
            for events in got["received"]
            for callid, at in events
            if callid in posted.sent
        ]
        delivered = sum(len(events) for events in got["received"])
        accepted = len(posted.sent)
        names = [f"relay {chr(65 + n)}" for n in range(len(relays))]
        if redis_process is not None:
            names.append("redis-server")
        late = posted.late * 1000
        print(
            f"relay, {mode} ({len(relays)} relay{'s' if len(relays) > 1 else ''}):"
            f" {args.desks} desks connected in {connected:.1f} s;"
            f" {accepted} webhooks accepted in {wall:.0f} s ({posted.refused} refused,"
            f" poster at most {late:.0f} ms late), {delivered} delivered"
        )
        p50, p99 = statistics.median(latencies), percentile(latencies, 0.99)
        print(
            f"  webhook → desk latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms,"
            f" max {max(latencies):.1f} ms"
        )
        for name, share, (rss, peak) in zip(names, cpu, memory, strict=True):
            print(f"  {name}: CPU {share:.1f} % of a core, RSS {rss:.0f} MiB (peak {peak:.0f} MiB)")


def kill(args: argparse.Namespace) -> None:
    with scratch_agents(args.kill_desks) as (workdir, state, tokens):
        with contextlib.ExitStack() as stack:
            redis_url, _ = stack.enter_context(redis_server(workdir))
            a, b = Relay(state, redis_url), Relay(state, redis_url)
            for relay in (a, b):
                relay.start()
                stack.callback(relay.stop)
            desks = start_desks(tokens, [a.url, b.url], workdir)
            assert desks.stdin is not None
            seconds = args.kill_seconds
            steps = {"kill": seconds / 4, "restart": seconds / 2, "cut": seconds * 3 / 4}
            done: list[str] = []

            def on_time(elapsed: float) -> None:
                for step, at in steps.items():
                    if elapsed >= at and step not in done:
                        done.append(step)
                        if step == "kill":
                            # A few milliseconds on: during the next post, most often, so
                            # that a webhook may be stored but its answer never sent.
                            delay = random.uniform(0.001, 0.01)
                            asyncio.get_running_loop().call_later(delay, a.kill)
                        elif step == "restart":
                            a.start()
                        else:
                            desks.stdin.write("cut 1\n")  # type: ignore[union-attr]
                            desks.stdin.flush()  # type: ignore[union-attr]

            posted = asyncio.run(
                post_events([a.url, b.url], args.kill_desks, args.rate, seconds, on_time=on_time)
            )
            time.sleep(2.0)  # reconnecting desks catch up (the bench's grace, not a test's)
            got = finish_desks(desks, workdir)
            kept_out = sum(duplicates_kept_out(relay.url) for relay in (a, b))
        lost = duplicated = disordered = 0
        for agent, events in enumerate(got["received"]):
            expected = posted.accepted.get(agent, [])
            seen = [callid for callid, _ in events]
            lost += len(set(expected) - set(seen))
            duplicated += len(seen) - len(set(seen))
            unique = list(dict.fromkeys(seen))
            in_order = [callid for callid in expected if callid in unique]
            disordered += sum(1 for x, y in zip(unique, in_order, strict=False) if x != y)
        reconnects = sum(got["reconnects"])
        print(f"relay killed (Redis, 2 replicas, {args.kill_desks} desks,"
              f" {len(posted.sent)} webhooks in {seconds:.0f} s; A SIGKILLed at"
              f" {steps['kill']:.0f} s, restarted at {steps['restart']:.0f} s, a desk's stream"
              f" cut at {steps['cut']:.0f} s): {reconnects} reconnections, {posted.refused}"
              " posts refused and sent again")  # fmt: skip
        print(
            f"  lost {lost}, duplicated {duplicated}, out of order {disordered};"
            f" webhooks sent again and kept out by the relays: {kept_out}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desks", type=int, default=500)
    parser.add_argument("--rate", type=float, default=50.0, help="webhooks a second")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--kill-desks", type=int, default=100)
    parser.add_argument("--kill-seconds", type=float, default=20.0)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--skip-kill", action="store_true")
    parser.add_argument("--modes", default="memory,redis")
    parser.add_argument("--desks-child", nargs="+", metavar="ARG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.desks_child:
        tokens_file, results, *urls = args.desks_child
        asyncio.run(desks_child(Path(tokens_file), urls, Path(results)))
        return 0
    print(f"{os.cpu_count()} cores; Python {sys.version.split()[0]}")
    if not args.skip_load:
        for mode in args.modes.split(","):
            load(mode, args)
    if not args.skip_kill:
        kill(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
