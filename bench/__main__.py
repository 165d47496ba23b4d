"""python -m bench: the benchmark suite."""

from bench.suite import main

main()
