"""The review page in a real browser: headless Chromium runs its script and dumps the DOM.

Chromium is Debian's `chromium` package. When `/usr/bin/chromium` is missing and the
tests run as root (CI), `ensure_chromium` installs it with apt-get; otherwise the tests
fail with a message saying how to install it. Set NLIE_CHROMIUM to use another binary.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("NLIE_CHROMIUM", "/usr/bin/chromium"))
APT_TIMEOUT = 900
CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def ensure_chromium(path: Path = CHROMIUM) -> Path:
    """The Chromium binary, installed with apt-get first when absent and we are root."""
    if path.exists():
        return path
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not is_root or shutil.which("apt-get") is None:
        pytest.fail(
            f"{path} not found. Install Debian's chromium package "
            "(`sudo apt-get update && sudo apt-get install -y chromium`) or point "
            "NLIE_CHROMIUM at a Chromium binary; these tests install it themselves only as root.",
            pytrace=False,
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=APT_TIMEOUT)
    if result.returncode != 0:  # stale package lists are the usual cause: refresh once
        subprocess.run(["apt-get", "update"], env=env, capture_output=True, text=True, timeout=APT_TIMEOUT)
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=APT_TIMEOUT)
    if result.returncode != 0 or not path.exists():
        pytest.fail(f"`{' '.join(cmd)}` failed:\n{result.stderr[-2000:]}", pytrace=False)
    return path


def run_chromium(binary: Path, *args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="nlie-chromium-") as profile:
        cmd = [str(binary), *CHROME_FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def chromium() -> Path:
    return ensure_chromium()


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    try:  # tests/ is on sys.path under pytest's default import mode
        from test_report import sample_evaluation, sample_extractions, sample_reconciliation
    except ImportError:
        from tests.test_report import sample_evaluation, sample_extractions, sample_reconciliation
    from pipeline.report import render_report

    html = render_report(
        sample_extractions(),
        sample_reconciliation(),
        sample_evaluation(),
        {"model": "nl_core_news_sm", "model_version": "3.8.0", "date": "2026-02-16"},
    )
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dom(chromium, page) -> str:
    result = run_chromium(chromium, "--virtual-time-budget=2000", "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_script_initialised(dom):
    assert 'data-report-ready="1"' in dom


def test_script_made_tables_sortable(dom):
    assert 'data-sortable="ready"' in dom
    assert 'aria-sort="' not in dom  # nothing sorted until asked


def test_sort_script_reorders_rows(chromium, page):
    # Unsorted, Jutta Leerdam's row comes first; ?sort=results-table:0 sorts by athlete.
    result = run_chromium(chromium, "--virtual-time-budget=2000", "--dump-dom", page.as_uri() + "?sort=results-table:0")
    assert result.returncode == 0, result.stderr[-2000:]
    table = result.stdout.split('id="results-table"', 1)[1].split("</table>", 1)[0]
    assert 'aria-sort="ascending"' in table
    body = table.split("<tbody>", 1)[1]
    assert body.index("Femke Kok") < body.index("Jutta Leerdam")


def test_highlights_tables_and_links_in_rendered_dom(dom):
    assert 'class="hl ent ent-PER' in dom
    assert 'class="hl time' in dom
    assert 'class="hl medal' in dom
    assert 'id="results-table"' in dom
    assert 'id="conflicts-table"' in dom
    assert 'id="entities-table"' in dom
    assert 'href="#doc-' in dom


def test_untrusted_script_did_not_run(dom):
    # The sample article holds a <script> that would set this attribute if it ran.
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "&lt;script&gt;" in dom


def test_screenshot(chromium, page, tmp_path):
    shot = tmp_path / "shot.png"
    result = run_chromium(chromium, "--window-size=1280,2000", f"--screenshot={shot}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
