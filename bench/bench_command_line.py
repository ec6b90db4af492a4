"""What the bench scripts share on their command lines: the galley binary they measure, the
rounds and books of the speed comparisons (epub_speed.py, pdf_speed.py), and the load average
they print beside their figures, since wall time under load means little."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def require_galley(path, how_to_name):
    """The absolute path of the galley binary at `path`; exits saying `how_to_name` another when
    there is none."""
    galley = os.path.abspath(path)
    if not os.path.exists(galley):
        sys.exit(f"no galley binary at {galley}: build it first or {how_to_name}")
    return galley


def speed_arguments(argv):
    """`[GALLEY] [--pamphlet] [--rounds N]` (rounds default 15): (galley, rounds, pamphlet only)."""
    args = list(argv)
    pamphlet_only = "--pamphlet" in args
    rounds = 15
    if "--rounds" in args:
        rounds = int(args[args.index("--rounds") + 1])
        del args[args.index("--rounds"):args.index("--rounds") + 2]
    args = [a for a in args if a != "--pamphlet"]
    galley = require_galley(args[0] if args else os.path.join(ROOT, "build/galley"),
                            "pass its path")
    return galley, rounds, pamphlet_only


def load_average(when):
    """"load average at start: 7.0 (2 cores)" for `when` "start"."""
    return f"load average at {when}: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)"
