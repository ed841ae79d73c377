"""A map of many characters no font has runs few font lookups (each starts programs)."""

from __future__ import annotations


def test_thousands_of_characters_no_font_has_run_few_font_lookups(monkeypatch):
    from journeydesigner.export.pdf import fallback, fonts

    asked = []
    monkeypatch.setattr(fallback, "candidates", lambda ch: asked.append(ch) or [])
    monkeypatch.setattr(fonts, "_lookups", 0)
    monkeypatch.setattr(fonts, "_uncovered", set())
    monkeypatch.setattr(fonts, "_fallbacks", [])  # none found yet (other tests found some)
    text = "".join(chr(0x13000 + i) for i in range(1000))  # Egyptian hieroglyphs
    text += "".join(chr(0xF0000 + i) for i in range(1000))  # private use: never asked
    runs = fonts.FontSet().runs(text)
    assert "".join(part for _, part in runs) == "\u25a1" * 2000
    assert len(asked) == fonts.FONTCONFIG_LOOKUPS
    assert all(0x13000 <= ord(ch) < 0x14000 for ch in asked)
