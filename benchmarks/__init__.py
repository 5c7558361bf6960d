"""Performance benchmarks of 调解台 against the targets of the issue (see README, Performance)."""
