"""Ingesting at scale: every local core (`pool`, `orbat ingest --jobs N`) or a Ray cluster
(`cluster`, `orbat ingest --ray [ADDRESS]`).

Extraction is the costly step and needs nothing but the article, so it runs in parallel; the
store is written in input order by the store's transactional writer (`orbat.ingest.Ingestor`),
so every mode builds the store `--jobs 1` builds. `inputs` lists the input files up front, which
gives the progress bar its total. docs/scale.md has the measurements and the cluster set-up."""
