"""The pipeline's stages, one per file."""
