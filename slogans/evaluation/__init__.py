"""Measuring against annotated documents: gold scores, labelled sets, agreement, training, invariants."""
