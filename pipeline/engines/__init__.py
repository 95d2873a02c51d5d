"""How documents are scheduled beyond one process's ``Pipeline.pipe``.

* :mod:`pipeline.engines.ray`: Ray Data actors (``sayso run --engine ray``, the ``ray`` extra).

The local engine (one process; the CPU stages of the next batch prefetched in a thread while a GPU
runs this one) is ``Pipeline.pipe`` itself, in :mod:`pipeline.pipeline`.
"""
