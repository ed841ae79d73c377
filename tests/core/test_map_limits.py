"""Maps beyond the counts the application serves are refused before validation, with
the file and the place; a map that grew past them by editing is not saved."""

from __future__ import annotations

import json

import pytest

from journeydesigner import fileio, limits
from journeydesigner.sample import generate_document


@pytest.mark.parametrize("name", list(limits.MAX_COUNTS))
def test_one_element_beyond_a_limit_is_refused_with_its_place(tmp_path, name):
    data = generate_document(3).to_json_data()
    data[name] = [{"id": f"x{i}"} for i in range(limits.MAX_COUNTS[name] + 1)]
    data["description"] = "," * limits.COUNT_FIRST_COMMAS  # counted before validation
    path = tmp_path / "big.journey"
    path.write_text(json.dumps(data))
    with pytest.raises(fileio.LoadError) as caught:
        fileio.load(path)
    (line,) = caught.value.lines()
    assert line.startswith(f"{path}: {name}[{limits.MAX_COUNTS[name]}] (line 1, column ")
    assert f"up to {limits.MAX_COUNTS[name]:,}" in line


def test_a_small_file_beyond_a_limit_is_refused_after_validation(tmp_path):
    doc = generate_document(3)
    stages = [doc.stages[0].model_copy(update={"id": f"s{i}"})
              for i in range(limits.MAX_COUNTS["stages"])]
    big = doc.model_copy(update={"stages": doc.stages + stages})
    path = tmp_path / "many-stages.journey"
    path.write_bytes(fileio.dumps(big))
    with pytest.raises(fileio.LoadError, match="stages: more than 100 stages"):
        fileio.load(path)
    with pytest.raises(fileio.SaveError, match="more than 100 stages"):
        fileio.save(big, tmp_path / "saved.journey")
    assert not (tmp_path / "saved.journey").exists()


def test_a_small_file_of_many_bad_elements_lists_the_first_problems_only():
    data = generate_document(3).to_json_data()
    data["touchpoints"] = [1] * 40_000  # fewer commas than COUNT_FIRST_COMMAS: validated first
    with pytest.raises(fileio.LoadError) as caught:
        fileio.loads(json.dumps(data).encode())
    problems = caught.value.problems
    assert len(problems) == fileio.MAX_PROBLEMS  # 200 worded, not 40,000
    assert [p.place.path for p in problems[:2]] == ["touchpoints[0]", "touchpoints[1]"]
