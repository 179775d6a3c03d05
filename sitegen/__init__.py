"""Build-time generator: turns the project's structured data and the checker into site files.

The modules here are plain functions; `sitegen.plugin` is the only one that knows about MkDocs.
"""
