"""Pictures of the frequency tables: a timeline of terms, and a documents × terms heatmap.

Needs the extra ``slogans[plot]`` (matplotlib), imported here only. Chinese labels need a font
with Chinese characters: one found among the system's fonts (Debian: ``fonts-wqy-microhei`` or
``fonts-noto-cjk``), or a font file given by the caller. The format follows the file's extension
(PNG, SVG or PDF); SVG draws its text as paths, so the picture needs no font where it is viewed.
The file is written atomically.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from slogans.io.atomic import atomic_path

if TYPE_CHECKING:
    import pandas

#: Picture formats, by extension.
PICTURE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
#: Font families with Chinese characters, in order of preference.
CJK_FAMILIES = (
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC", "Noto Serif CJK SC",
    "Source Han Sans SC", "Source Han Sans CN", "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN",
    "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "STHeiti", "Hiragino Sans GB",
)
#: Words in a font file's name that say it has Chinese characters (for fonts installed after
#: matplotlib built its font cache).
_CJK_FILE_HINTS = ("wqy", "cjk", "sourcehan", "droidsansfallback", "uming", "ukai", "simhei", "msyh", "pingfang")
_INSTALL_HINT = "install one (Debian: apt-get install fonts-wqy-microhei) or pass --font FILE"
_DPI = 150


class PlotUnavailable(RuntimeError):
    """matplotlib or a font with Chinese characters is missing."""


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise PlotUnavailable('plots need the extra: pip install "slogans[plot]" (matplotlib)') from None
    matplotlib.use("Agg")
    return matplotlib


def picture_format(path: Path) -> str:
    """png, svg or pdf, by ``path``'s extension; ValueError for any other."""
    fmt = PICTURE_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: a picture must end in .png, .svg or .pdf")
    return fmt


def find_cjk_font(font_file: Optional[Path] = None) -> str:
    """The family name of a font with Chinese characters, registered with matplotlib: ``font_file``
    if given, else the first of CJK_FAMILIES installed, else a system font whose file name says it is
    one. Raises PlotUnavailable with a one-line message when there is none."""
    _matplotlib()
    from matplotlib import font_manager

    if font_file is not None:
        if not Path(font_file).is_file():
            raise PlotUnavailable(f"{font_file}: no such font file")
        try:
            font_manager.fontManager.addfont(str(font_file))
            return font_manager.FontProperties(fname=str(font_file)).get_name()
        except (OSError, RuntimeError, ValueError) as exc:
            raise PlotUnavailable(f"{font_file}: not a font matplotlib can read: {exc}") from None
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    for path in font_manager.findSystemFonts():
        if any(hint in Path(path).name.lower().replace("-", "").replace("_", "") for hint in _CJK_FILE_HINTS):
            try:
                font_manager.fontManager.addfont(path)
                return font_manager.FontProperties(fname=path).get_name()
            except (OSError, RuntimeError, ValueError):
                continue
    raise PlotUnavailable(f"no font with Chinese characters found: {_INSTALL_HINT}")


def _figure(font: str, width: float, height: float) -> tuple[Any, Any]:
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = [font, "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["pdf.fonttype"] = 42  # TrueType embedded: the PDF shows Chinese without the font
    plt.rcParams["svg.hashsalt"] = "slogans"  # the same ids in every SVG of the same data
    return plt.subplots(figsize=(width, height))


def _save(fig: Any, target: Path) -> None:
    import matplotlib.pyplot as plt

    fmt = picture_format(target)
    try:
        with atomic_path(Path(target)) as tmp:
            fig.savefig(tmp, format=fmt, dpi=_DPI, bbox_inches="tight", metadata=_metadata(fmt))
    finally:
        plt.close(fig)


def _metadata(fmt: str) -> dict[str, Optional[str]]:
    """No creation date or software version in the file: the same data give the same bytes."""
    if fmt == "png":
        return {"Software": None}
    if fmt == "svg":
        return {"Date": None}
    return {"CreationDate": None, "Creator": None, "Producer": None}


def plot_timeline(table: "pandas.DataFrame", target: Path, title: str = "", ylabel: str = "count",
                  font: Optional[str] = None) -> None:
    """Draw ``table`` (periods × terms, from ``timeline.timeline_frame``) as one line per term."""
    font = font or find_cjk_font()
    picture_format(target)
    fig, ax = _figure(font, 10, 5)
    x = list(range(len(table.index))) if table.index.dtype == object else list(table.index)
    for term in table.columns:
        ax.plot(x, table[term].to_numpy(), marker="o", markersize=3, linewidth=1.5, label=str(term))
    if table.index.dtype == object:
        step = max(1, len(x) // 20)
        ax.set_xticks(x[::step], [str(v) for v in table.index[::step]], rotation=45, ha="right")
    ax.set_xlabel(str(table.index.name or ""))
    ax.set_ylabel(ylabel)
    if title:
        ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(frameon=False)
    ax.set_ylim(bottom=0)
    _save(fig, target)


def plot_heatmap(table: "pandas.DataFrame", target: Path, title: str = "", label: str = "count",
                 font: Optional[str] = None) -> None:
    """Draw ``table`` (documents × terms, from ``timeline.heatmap_frame``) as a heatmap with a colour bar."""
    font = font or find_cjk_font()
    picture_format(target)
    rows, cols = table.shape
    fig, ax = _figure(font, max(6.0, 1.0 + 0.45 * cols), max(3.0, 1.5 + 0.3 * rows))
    image = ax.imshow(table.to_numpy(dtype=float), aspect="auto", cmap="YlOrRd")
    ax.set_xticks(range(cols), [str(c) for c in table.columns], rotation=60, ha="right")
    ax.set_yticks(range(rows), [str(i) for i in table.index])
    if rows * cols <= 400:
        peak = float(table.to_numpy(dtype=float).max()) if rows and cols else 0.0
        for i in range(rows):
            for j in range(cols):
                value = float(table.iat[i, j])
                if value:
                    text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
                    ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if value > peak * 0.6 else "black")
    fig.colorbar(image, ax=ax, label=label)
    if title:
        ax.set_title(title)
    _save(fig, target)
