#!/usr/bin/env python
"""`python eval/evaluate.py ...` = `sayso eval gold ...`: the code is :mod:`pipeline.evaluation.gold`
(the package never imports eval/; see eval/README.md for the options)."""
import logging
import sys

from pipeline.evaluation.gold import main

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    sys.exit(main())
