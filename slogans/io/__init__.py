"""Reading sources (files, large files, tables, compilations) and writing reports, atomically."""
