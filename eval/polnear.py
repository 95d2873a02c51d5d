#!/usr/bin/env python
"""`python eval/polnear.py ...` = `sayso eval polnear ...`: the code is :mod:`pipeline.evaluation.polnear`
(the package never imports eval/; see eval/README.md for the options)."""
import logging
import sys

from pipeline.evaluation.polnear import main

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    sys.exit(main())
