"""A Spark session that works on a laptop as it does on a cluster.

Why not a bare ``SparkSession.builder.getOrCreate()``: three traps measured on our machines
(shared/research/dependencies.md). Python workers run ``python3`` from PATH rather than the
interpreter that has eventwire and pyarrow installed, so ``PYSPARK_PYTHON`` must point at it; a
local master binds the machine's external interface unless ``SPARK_LOCAL_IP`` says otherwise; and
the UI and the default 1 GB of driver memory are wrong for a 2-core laptop. Under
``spark-submit`` the master and memory come from spark-submit, and only the Python is set here.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def spark_session(master: str | None = None, app_name: str = "eventwire", conf: dict[str, str] | None = None) -> Any:
    """The session: ``master`` for ``python -m`` runs (default ``local[*]``), none under spark-submit."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this Python
    builder = SparkSession.builder.appName(app_name)
    if master or not submitted:
        master = master or "local[*]"
        builder = builder.master(master)
        if master.startswith("local"):
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            builder = (builder.config("spark.ui.enabled", "false").config("spark.driver.memory", "2g")
                       .config("spark.sql.shuffle.partitions", "2"))
    builder = builder.config("spark.sql.execution.arrow.pyspark.enabled", "true")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()
