#!/usr/bin/env python
"""`python eval/bench.py ...` = `sayso bench ...`: the code is :mod:`pipeline.evaluation.bench`
(the package never imports eval/; see eval/README.md for the options)."""
import logging
import sys

from pipeline.evaluation.bench import main

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    sys.exit(main())
