"""One process run as a user runs it and measured through wait4: wall time, CPU time (user +
system, of the process and the children it waited for: the figure to trust when other work
shares the cores) and peak resident memory. What the bench scripts (epub_speed.py, pdf_speed.py,
memory_scale.py, hostile_inputs.py) measure every run with.

Standard error goes to a temporary file, not a pipe: a program that writes many warnings
(groff) would fill a pipe nobody reads while wait4 waits, and both would wait for ever."""
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import NamedTuple


class Measured(NamedTuple):
    wall: float      # seconds
    cpu: float       # seconds, user + system
    rss_mb: float    # peak resident set, MB
    exit_code: int   # the exit status, or minus the signal that ended the process
    stderr: str


def measure(command, cwd=None):
    """Runs `command` (a list) with its output discarded and returns what it took."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    return Measured(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code, stderr)


def measure_ok(command, cwd=None):
    """(wall, CPU, peak RSS in MB) of one run of `command`; exits naming it and printing its
    errors when it fails."""
    run = measure(command, cwd)
    if run.exit_code != 0:
        sys.exit(f"failed: {' '.join(command)}\n{run.stderr}")
    return run.wall, run.cpu, run.rss_mb


def medians(runs):
    """The median wall and CPU seconds and the largest peak RSS of (wall, CPU, RSS) runs."""
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            max(r[2] for r in runs))
