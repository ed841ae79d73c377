"""Benchmarks are not tests: keep pytest from collecting anything here, even when it is
pointed at this folder (``pytest bench``). Run them with ``python bench/run.py``."""

collect_ignore_glob = ["*"]
