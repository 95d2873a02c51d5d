"""Training: the trainers behind ``sayso train`` and the corpus readers they need.

* :mod:`.corpora`: our annotations (gold articles, stance pairs) and NewsMTSC;
* :mod:`.polnear`: PolNeAR, read in place (no data licence: never copied);
* :mod:`.quotes`: the attribution tagger (``models/quote-tagger-minilm``);
* :mod:`.stance`: the transformer stance cross-encoder (``models/stance-mpnet``, ``stance-minilm``);
* :mod:`.distill`: unlabelled real-news stance units with a teacher's logits, for distilling
  ``stance-mpnet`` into ``stance-minilm`` (``--teacher`` / ``--unlabeled`` of :mod:`.stance`);
* :mod:`.int8`: the CPU int8 calibration ranges of a model folder;
* :mod:`.stance_lr`: the TF-IDF + logistic regression stance model (``models/stance-lr``).

The runtime (``pipeline`` and ``pipeline.stages``) never imports this package;
``tests/test_layout.py`` checks that. Models are written to
:func:`pipeline.paths.models_dir` unless told otherwise.
"""
