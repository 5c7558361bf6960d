"""The self-test that packaged builds run: it must pass from the source tree too."""

import subprocess
import sys


def test_self_test_passes() -> None:
    result = subprocess.run([sys.executable, "-m", "mediation_app", "--self-test"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("self-test ok") >= 3
    assert "FAILED" not in result.stdout
