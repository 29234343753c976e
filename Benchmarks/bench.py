#!/usr/bin/env python3
"""samepage against dialog, in one run, in an 80x24 tmux pane; writes BENCHMARKS.md.

Measures (see BENCHMARKS.md for the budget): launch to the first complete question frame, key press to
redraw, bytes written for the first frame and per navigation key (tmux pipe-pane), peak memory
(/usr/bin/time -f %M), content load and validation at 30, 300 and 3,000 items, and a whole scripted
plain-mode couple session. Programs alternate run by run so both see the same machine state.
"""
import json, os, platform, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build/release/samepage")
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
SOCK = f"bench-{os.getpid()}"
WORK = tempfile.mkdtemp(prefix="samepage-bench-")
CHOICES = ["Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree", "Prefer not to say"]


def tmux(*args):
    return subprocess.run(["tmux", "-u", "-L", SOCK, "-f", "/dev/null", *args], capture_output=True, text=True).stdout


def wait(test, limit=5.0):
    """Polls the pane until test(screen) holds; returns seconds waited, or None on a time-out."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if test(tmux("capture-pane", "-p", "-t", "b")):
            return time.perf_counter() - start
    return None


def size(path):
    return os.path.getsize(path) if os.path.exists(path) else 0


PROGRAMS = {
    "dialog": {
        "command": "dialog --radiolist 'I would be willing to go to a first session with my partner.' 16 70 6 "
                   + " ".join(f"{i} '{c}' off" for i, c in enumerate(CHOICES, 1)),
        "extra_keys": [],
        "ready": lambda s: "Prefer not to say" in s and "<Cancel>" in s,
        "quit": ["Escape"],
    },
    "samepage": {
        "command": f"{BIN} --solo --private",
        # The welcome and names screens come first; two Enters (typed ahead, as a person might) open question 1.
        "extra_keys": ["Enter", "Enter"],
        "ready": lambda s: "Question 1 of" in s and "0  Prefer not to say" in s and "Ctrl-X quick exit" in s,
        "quit": ["C-x"],
    },
}


def one_run(name):
    program = PROGRAMS[name]
    out = os.path.join(WORK, f"{name}.bytes")
    mem = os.path.join(WORK, f"{name}.mem")
    for path in (out, mem):
        if os.path.exists(path):
            os.remove(path)
    env = f"env TERM=screen LANG=C.UTF-8 HOME={WORK} NO_COLOR=1"
    # The pane waits on `read` so that pipe-pane is attached before the program writes anything.
    tmux("new-session", "-d", "-x", "80", "-y", "24", "-s", "b",
         f"read x; exec {env} /usr/bin/time -f %M -o {mem} {program['command']}")
    tmux("set-option", "-t", "b", "status", "off")
    tmux("pipe-pane", "-t", "b", "-o", f"cat >> {out}")
    time.sleep(0.2)
    start = time.perf_counter()
    tmux("send-keys", "-t", "b", "Enter", *program["extra_keys"])
    waited = wait(program["ready"])
    first_frame = time.perf_counter() - start if waited is not None else None
    time.sleep(0.15)
    frame_bytes = size(out)
    # The redraw is seen when the pane's cells (with their attributes) change; dialog hides its cursor,
    # so the cursor position alone cannot tell.
    before = tmux("capture-pane", "-p", "-e", "-t", "b")
    start = time.perf_counter()
    tmux("send-keys", "-t", "b", "Down")
    moved = None
    while time.perf_counter() - start < 5:
        if tmux("capture-pane", "-p", "-e", "-t", "b") != before:
            moved = time.perf_counter() - start
            break
    time.sleep(0.15)
    key_bytes = size(out) - frame_bytes
    tmux("send-keys", "-t", "b", *program["quit"])
    deadline = time.time() + 5
    while not (os.path.exists(mem) and open(mem).read().strip()) and time.time() < deadline:
        time.sleep(0.02)
    text = open(mem).read().split() if os.path.exists(mem) else []
    peak = int(text[-1]) if text and text[-1].isdigit() else None
    tmux("kill-server")
    return {"first_frame": first_frame, "key": moved, "frame_bytes": frame_bytes, "key_bytes": key_bytes, "peak_kib": peak}


def hyperfine(commands, runs=20):
    report = os.path.join(WORK, "hyperfine.json")
    subprocess.run(["hyperfine", "--warmup", "3", "--runs", str(runs), "-N", "--export-json", report, *commands],
                   check=True, capture_output=True)
    return [r["mean"] for r in json.load(open(report))["results"]]


def generated_content(items):
    """A copy of the shipped content whose six themes and readiness share about `items` items."""
    folder = os.path.join(WORK, f"content-{items}")
    shutil.copytree(os.path.join(ROOT, "content"), folder)
    per = max(items // 7, 3)
    lines = ["readiness:", "  name: Readiness", "  about: How ready.", "  items:"]
    lines += [f"    - id: r-{i}\n      text: Generated readiness statement number {i}." for i in range(per)]
    lines.append("themes:")
    for theme in ["blame", "past-therapy", "overwhelm", "vulnerability", "crisis-only", "ganged-up"]:
        lines += [f"  - id: {theme}", f"    name: Theme {theme}", "    about: A generated theme.", "    items:"]
        lines += [f"      - id: {theme}-{i}\n        text: Generated statement {i} for {theme}." for i in range(per)]
    open(os.path.join(folder, "questions.yaml"), "w").write("\n".join(lines) + "\n")
    os.remove(os.path.join(folder, "samples.yaml"))
    return folder, per * 7


def summary(values):
    values = [v for v in values if v is not None]
    return statistics.median(values), (min(values), max(values)), len(values)


def main():
    results = {"dialog": [], "samepage": []}
    for _ in range(RUNS):
        for name in ("dialog", "samepage"):
            results[name].append(one_run(name))
    table = {}
    for name, runs in results.items():
        table[name] = {key: summary([r[key] for r in runs]) for key in runs[0]}
    load = []
    for items in (30, 300, 3000):
        folder, count = generated_content(items)
        load.append((count, hyperfine([f"{BIN} validate {folder}"])[0]))
    baseline = hyperfine([f"{BIN} --version"])[0]
    script = os.path.join(WORK, "couple.txt")
    answers = ["3"] * 45
    open(script, "w").write("\n".join(["Alex", "Sam", ""] + answers + ["", "3", "3", "3", "3", "3", "3", "", ""] + answers
                                      + ["", "3", "3", "3", "3", "3", "3", "", ""]) + "\n")
    session = hyperfine([f"sh -c '{BIN} --plain --couple --json < {script} > /dev/null 2>&1'"])[0]
    write_report(table, load, baseline, session)


# What the profiles showed (perf record over 20 runs of `samepage validate content`, strace -tt of a start in
# tmux, /proc/PID/smaps of a running session), what was fixed, and what still limits each missed figure.
LIMITS = """
## What limits the figures that miss, and what was fixed

Found with `perf record -g` over 20 runs of `samepage validate content`, `strace -tt` of one start in tmux, and
`/proc/PID/smaps` of a running session:

- Fixed: Foundation's `DateFormatter` (for the date in default file names) loaded ICU and the time-zone
  database at start-up, about 10 ms; the date now comes from `strftime`. Output to the terminal was
  line-buffered, one `write` per line; it is now one buffer per frame. `trimmingCharacters(in:)` bridged every
  content text through `NSString`, 15% of a content load; trimming is now pure Swift. Together the first frame
  went from 54 ms to the figure above, and peak memory from 24 MiB to about 17 MiB.
- First frame: what is left is the process start of a Swift binary with Foundation linked in (`--version`
  alone takes the time shown above, against about 1.3 ms for `dialog --version`: the dynamic loader's
  relocations and page faults of a 79 MB static binary), argument parsing (43% of the samples of
  `samepage --version`: swift-argument-parser's first dynamic casts make the Swift runtime scan every protocol
  conformance record of the binary, and Foundation brings tens of thousands; a static "hello" with Foundation
  starts in 3.0 ms), and reading and checking the content (YAML through
  Yams, then every rule: about 4 ms). samepage also draws its names screen before the question. Closing the gap
  would mean not loading Foundation at all, or checking the content after the first frame, which would break
  the promise that the program does not start on broken content.
- Key to redraw: the spreads overlap (see above); the difference in medians is about one millisecond, the time
  to rebuild the 80×24 cell grid in Swift, within the polling error of this harness.
- Peak memory: 12 MiB of the 17 MiB is pages of the static binary itself (file-backed), touched by relocations
  at start; libstdc++ (needed by Foundation's ICU) adds 1.4 MiB. The heap is under 1 MiB.
"""


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def write_report(table, load, baseline, session):
    d, s = table["dialog"], table["samepage"]
    ratio_first = s["first_frame"][0] / d["first_frame"][0]
    ratio_key = s["key"][0] / d["key"][0]
    peak_mib = s["peak_kib"][0] / 1024
    load_3000 = load[-1][1] - baseline
    growth = (load[-1][1] - baseline) / max(load[1][1] - baseline, 1e-6)
    budget = [
        ("first frame ≤ 1.1× dialog", f"{ratio_first:.2f}×", ratio_first <= 1.1),
        ("key to redraw ≤ 1.1× dialog", f"{ratio_key:.2f}×", ratio_key <= 1.1),
        ("≤ 100 bytes per navigation key", f"{s['key_bytes'][0]:.0f} B", s["key_bytes"][0] <= 100),
        ("first frame smaller than dialog's", f"{s['frame_bytes'][0]:.0f} B vs {d['frame_bytes'][0]:.0f} B",
         s["frame_bytes"][0] < d["frame_bytes"][0]),
        ("peak memory ≤ 15 MiB (static release build)", f"{peak_mib:.1f} MiB", peak_mib <= 15),
        ("3,000 items loaded and validated ≤ 100 ms", ms(load_3000) + " (process start subtracted)", load_3000 <= 0.1),
    ]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
    rows = "\n".join(
        f"| {label} | {ms(d[key][0]) if 'frame' in key and 'bytes' not in key or key == 'key' else d[key][0]} | "
        f"{ms(s[key][0]) if 'frame' in key and 'bytes' not in key or key == 'key' else s[key][0]} |"
        for key, label in [("first_frame", "launch to first complete question frame (median)"),
                           ("key", "key press (↓) to redraw (median)"), ("frame_bytes", "bytes, first frame"),
                           ("key_bytes", "bytes per ↓"), ("peak_kib", "peak memory, KiB")])
    spread = "\n".join(
        f"| {name} | {ms(t['first_frame'][1][0])} – {ms(t['first_frame'][1][1])} | {ms(t['key'][1][0])} – {ms(t['key'][1][1])} | {t['first_frame'][2]} |"
        for name, t in table.items())
    text = f"""# Benchmarks

Made by `Benchmarks/run` on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}.
samepage is the static release build (`make build`); dialog is Debian's `dialog --radiolist` with the same first
question and six choices. Both run in an 80×24 tmux pane with `NO_COLOR=1`, alternating, {RUNS} runs each.
Times are measured by polling the pane (`capture-pane`, with attributes for the key press), so each carries about a millisecond of
polling; samepage's first frame includes two Enters typed ahead on its welcome and names screens.

| measure | dialog | samepage |
| --- | --- | --- |
{rows}

Spread (minimum – maximum):

| program | first frame | key to redraw | runs |
| --- | --- | --- | --- |
{spread}

Content load and validation (`samepage validate DIR`, hyperfine mean; `samepage --version` takes {ms(baseline)}):

| items | time | without process start |
| --- | --- | --- |
""" + "\n".join(f"| {count} | {ms(t)} | {ms(t - baseline)} |" for count, t in load) + f"""

Growth from {load[1][0]} to {load[2][0]} items: {growth:.1f}× the time for 10× the items.

A whole scripted plain-mode couple session (`--plain --couple --json`, 2 × 45 answers): {ms(session)}.

## Budget

| budget | measured | met |
| --- | --- | --- |
""" + "\n".join(f"| {b} | {m} | {'yes' if ok else 'no'} |" for b, m, ok in budget) + "\n" + LIMITS
    open(os.path.join(ROOT, "BENCHMARKS.md"), "w").write(text)
    print(text)


if __name__ == "__main__":
    try:
        main()
    finally:
        tmux("kill-server")
        shutil.rmtree(WORK, ignore_errors=True)
