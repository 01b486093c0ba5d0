"""Entry point of the frozen LibDesk: the same ``libdesk`` command line as the installed one.

With no arguments it opens the window; ``LibDesk screenshot …``, ``LibDesk branches export …``
and every other command work from the bundle as they do from the venv.
"""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # PDF batches may use a process pool
    from libdesk.cli import main

    sys.exit(main())
