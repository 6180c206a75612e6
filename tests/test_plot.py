"""Pictures: real matplotlib, a real CJK font, files checked by format and size."""
from __future__ import annotations

import pandas as pd
import pytest

from slogans.plot import PlotUnavailable, find_cjk_font, picture_format, plot_heatmap, plot_timeline

MAGIC = {".png": b"\x89PNG\r\n\x1a\n", ".pdf": b"%PDF-"}
TIMELINE = pd.DataFrame({"五个好": [1, 4, 2], "三个代表": [0, 3, 5]}, index=pd.Index([1990, 1995, 2000], name="year"))
HEATMAP = pd.DataFrame({"五个好": [1, 0], "三个代表": [2, 7]}, index=pd.Index(["甲.txt", "乙.txt"], name="document"))


def _check(path, suffix):
    data = path.read_bytes()
    assert len(data) > 5000, f"{path} is suspiciously small ({len(data)} bytes)"
    if suffix == ".svg":
        head = data[:400].decode("utf-8")
        assert head.startswith("<?xml") and "<svg" in data.decode("utf-8")
    else:
        assert data.startswith(MAGIC[suffix])


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_timeline_and_heatmap_in_each_format(tmp_path, suffix):
    plot_timeline(TIMELINE, tmp_path / f"t{suffix}", title="测试")
    plot_heatmap(HEATMAP, tmp_path / f"h{suffix}")
    _check(tmp_path / f"t{suffix}", suffix)
    _check(tmp_path / f"h{suffix}", suffix)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_cjk_font_is_found_and_draws_chinese_without_missing_glyphs(tmp_path, recwarn):
    family = find_cjk_font()
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(family, fallback_to_default=False)
    font = FT2Font(path)
    assert all(font.get_char_index(ord(ch)) for ch in "五个好三代表"), f"{family} lacks Chinese glyphs"
    plot_timeline(TIMELINE, tmp_path / "t.png")
    assert not [w for w in recwarn if "missing from font" in str(w.message)]


def test_font_file_errors_are_one_line():
    with pytest.raises(PlotUnavailable, match="nofont.ttf: no such font file"):
        find_cjk_font("nofont.ttf")


def test_picture_format_by_extension():
    assert picture_format("a.PNG") == "png" and picture_format("b.svg") == "svg"
    with pytest.raises(ValueError, match="a.gif: a picture must end in .png, .svg or .pdf"):
        picture_format("a.gif")


def test_same_data_same_bytes(tmp_path):
    plot_timeline(TIMELINE, tmp_path / "a.svg")
    plot_timeline(TIMELINE, tmp_path / "b.svg")
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()
