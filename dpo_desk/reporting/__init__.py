"""Reports: PDF and Excel writers. Plain data in, an atomic file out; labels from `reports/`."""
