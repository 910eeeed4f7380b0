"""``python -m eventwire.spark --input manifest.txt --output DIR``: the Spark job, run locally."""

from eventwire.spark.job import main

main()
