"""The build report: counts, merges, duplicates, missing classification and the gaps."""

from __future__ import annotations

from tests.admin.conftest import REPO, ptv_sources, run_build

DEMO = REPO / "hytedesk" / "resources" / "demo" / "kainuu-demo.hytebundle"


def test_gaps_count_national_and_regional_services_everywhere() -> None:
    result, _ = run_build(*ptv_sources(), places=DEMO)
    gaps = result.report.gaps
    # Kajaani: exercise counselling (1, 2), the region's debt counselling (4, 6) and the
    # nationwide conversation help (3, 4): only priority area 5 is missing.
    assert gaps["Kajaani"] == ["hyte-theme:5"]
    # Kuhmo has only the regional and the national service.
    assert gaps["Kuhmo"] == ["hyte-theme:1", "hyte-theme:2", "hyte-theme:5"]
    assert set(gaps) == {"Kajaani", "Sotkamo", "Kuhmo", "Suomussalmi", "Puolanka",
                         "Hyrynsalmi", "Paltamo", "Ristijärvi"}


def test_per_municipality_counts_locations_first() -> None:
    result, _ = run_build(*ptv_sources(), places=DEMO)
    counts = dict(result.report.per_municipality)
    assert counts == {"Kajaani": 2, "Sotkamo": 1, "Suomi": 1}


def test_without_priority_area_and_coordinates() -> None:
    result, _ = run_build(REPO / "hytedesk" / "resources" / "spreadsheet-template-example.csv")
    assert result.report.without_theme_count == 0
    # Four in-person activities (one also by video) have no coordinates when no places are
    # given; the phone friend needs none.
    assert result.report.without_coordinates_count == 4
    assert dict(result.report.per_mode) == {"in-person": 4, "phone": 1, "video": 1}
    assert result.report.services == 5
