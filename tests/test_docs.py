"""The documentation: the site builds strictly, every page is in its navigation, the reference covers every
command and code, nothing is fetched from outside when it is read, and the README is short with working links."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import click
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
README = REPO / "README.md"
README_MAX_LINES = 150

#: A resource a page loads (not a link a reader may follow): scripts, stylesheets, images, fonts, frames.
EXTERNAL_RESOURCE = re.compile(
    r"""<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc=["']?(?:https?:)?//"""
    r"""|<link\b(?=[^>]*\srel=["']?(?:stylesheet|preload|preconnect|icon|modulepreload))[^>]*\shref=["']?(?:https?:)?//""",
    re.IGNORECASE)
CSS_EXTERNAL = re.compile(r"""@import\s+(?:url\()?["']?(?:https?:)?//|url\(["']?(?:https?:)?//""", re.IGNORECASE)
MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def _nav_files(nav: list) -> list[str]:
    found = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        found += _nav_files(value) if isinstance(value, list) else [value]
    return found


def _mkdocs_config() -> dict:
    return yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built with --strict: any warning (a broken link or anchor, a page outside the nav, an
    undocumented key in the generated reference) fails the build."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                          cwd=REPO, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def _cli() -> click.Group:
    (script,) = [ep for ep in entry_points(group="console_scripts") if ep.name == "slogans"]
    return script.load()


def _command_paths(cmd: click.Command, path: str) -> list[str]:
    paths = [path]
    if isinstance(cmd, click.Group):
        ctx = click.Context(cmd)
        for name in cmd.list_commands(ctx):
            paths += _command_paths(cmd.get_command(ctx, name), f"{path} {name}")
    return paths


def test_every_page_is_in_the_navigation_and_every_nav_entry_exists():
    nav = set(_nav_files(_mkdocs_config()["nav"]))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md") if "hooks" not in p.parts}
    assert pages - nav == set(), "pages no navigation reaches"
    assert nav - pages == set(), "navigation entries without a page"


def test_the_site_builds_strictly_and_needs_nothing_from_outside(site: Path):
    assert (site / "index.html").is_file()
    assert _mkdocs_config()["theme"]["font"] is False  # Material would fetch Google fonts
    for page in site.rglob("*.html"):
        hit = EXTERNAL_RESOURCE.search(page.read_text(encoding="utf-8"))
        assert hit is None, f"{page.relative_to(site)} loads {hit.group(0)}"
    for sheet in site.rglob("*.css"):
        hit = CSS_EXTERNAL.search(sheet.read_text(encoding="utf-8"))
        assert hit is None, f"{sheet.relative_to(site)} loads {hit.group(0)}"


def test_the_external_resource_check_can_fail():
    assert EXTERNAL_RESOURCE.search('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">')
    assert EXTERNAL_RESOURCE.search('<script src="//cdn.example.org/x.js"></script>')
    assert not EXTERNAL_RESOURCE.search('<a href="https://example.org">a link a reader may follow</a>')
    assert CSS_EXTERNAL.search('@import url("https://fonts.googleapis.com/css")')


def test_every_command_is_in_the_cli_reference(site: Path):
    page = (site / "reference" / "cli" / "index.html").read_text(encoding="utf-8")
    commands = _command_paths(_cli(), "slogans")
    assert len(commands) > 10
    for command in commands:
        assert f"<code>{command}</code>" in page, command
        assert f"Usage: {command} " in page, command


def test_every_code_is_in_the_codes_reference(site: Path):
    page = (site / "reference" / "codes" / "index.html").read_text(encoding="utf-8")
    codes = set(re.findall(r"\b(?:E0\d\d|SLG\d{3})\b", page))
    catalogue_source = "".join(p.read_text(encoding="utf-8") for p in (REPO / "slogans").rglob("*.py"))
    in_code = set(re.findall(r"\"((?:E0\d\d|SLG\d{3}))\":", catalogue_source))
    assert in_code and in_code <= codes, sorted(in_code - codes)


def test_readme_is_short_and_its_links_resolve():
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) < README_MAX_LINES
    links = MARKDOWN_LINK.findall(text)
    assert links
    for target in links:
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = (REPO / target.split("#")[0]).resolve()
        assert path.exists(), f"README links to {target}, which does not exist"
        assert REPO in path.parents, f"README links outside the repository: {target}"


def test_readme_links_into_every_part_of_the_site():
    text = README.read_text(encoding="utf-8")
    for part in ("tutorial", "how-to", "reference", "explanation"):
        assert f"](docs/{part}/" in text, part
