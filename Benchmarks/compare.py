#!/usr/bin/env python3
"""Two builds of samepage side by side, alternating run by run: `python3 Benchmarks/compare.py OLD NEW [RUNS]`.

For a change that should not move start-up: the first frame on a fresh pseudo-terminal (bench.pty_run: exec to
the frame's last words), CPU time and peak RSS, as medians. Build the old one from a clone at the old commit.
"""
import os, statistics, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: compare.py OLD-BINARY NEW-BINARY [RUNS]")
    binaries = {"old": sys.argv[1], "new": sys.argv[2]}
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    home = tempfile.mkdtemp(prefix="samepage-compare-")
    env = dict(os.environ, TERM="screen", NO_COLOR="1", LANG="C.UTF-8", HOME=home, XDG_STATE_HOME=home)
    results = {name: [] for name in binaries}
    for _ in range(runs):
        for name, binary in binaries.items():
            results[name].append(bench.pty_run([binary, "--solo", "--private"], b"quick exit", env))
    print("| build | first frame (median) | spread | CPU time | peak RSS |")
    print("| --- | --- | --- | --- | --- |")
    for name, rows in results.items():
        frames = [r["first_frame"] * 1000 for r in rows if r["first_frame"]]
        cpu = statistics.median(r["cpu"] * 1000 for r in rows)
        rss = statistics.median(r["rss_kib"] for r in rows) / 1024
        print(f"| {name} | {statistics.median(frames):.2f} ms | {min(frames):.2f} – {max(frames):.2f} ms | {cpu:.2f} ms | {rss:.1f} MiB |")
    os.rmdir(home) if not os.listdir(home) else None


if __name__ == "__main__":
    main()
