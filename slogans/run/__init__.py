"""Running over many sources: the pipeline, one input's work, the process pool."""
