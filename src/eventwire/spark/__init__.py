"""eventwire on Spark: code the pages of many WARC archives into one Parquet table of events.

Needs the ``[spark]`` extra (PySpark) and Java 17 or 21. See :mod:`eventwire.spark.job` and
docs/spark.md. Nothing here is imported by the rest of eventwire.
"""
