"""Tests for plugin_families.py: classes register themselves as they are made; a class is sized and iterable only through its metaclass."""

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from plugin_families import Registry

pytestmark = pytest.mark.checklist("object_model.class_creation")


def make_exporters():
    """A fresh family per test: Csv, Tsv below it, a helper without a name, and Json below the helper."""

    class Exporter(Registry):
        pass

    class Csv(Exporter, name="csv"):
        def render(self, rows):
            return "\n".join(",".join(row) for row in rows)

    class Tsv(Csv, name="tsv"):
        pass

    class Helper(Exporter):
        pass

    class Json(Helper, name="json"):
        pass

    return Exporter, Csv, Tsv, Json


def test_every_named_subclass_registers_as_its_class_statement_runs():
    Exporter, Csv, Tsv, Json = call_kata(make_exporters)
    assert_returns(call_kata(len, Exporter), 3, "len(Exporter) (csv, tsv and json; the helper has no name)")
    assert_returns(call_kata(list, Exporter), ["csv", "tsv", "json"], "list(Exporter), in the order the classes were made")
    assert call_kata(lambda: Exporter["tsv"]) is Tsv, "Exporter['tsv'] should be the class Tsv"
    assert call_kata(lambda: Exporter["json"]) is Json, "Exporter['json'] (registered through a helper that has no name)"
    assert call_kata(lambda: ("csv" in Exporter, "helper" in Exporter, "xml" in Exporter)) == (True, False, False), (
        "'csv' in Exporter, 'helper' in Exporter, 'xml' in Exporter"
    )
    kata_raises(KeyError, lambda: Exporter["xml"])


def test_families_are_separate():
    Exporter, Csv, _, _ = call_kata(make_exporters)

    def make_importer():
        class Importer(Registry):
            pass

        return Importer

    Importer = call_kata(make_importer)
    assert_returns(call_kata(len, Importer), 0, "len(Importer), a family nothing has joined yet")
    assert_returns(call_kata(list, Importer), [], "list(Importer)")

    def make_csv_reader():
        class CsvReader(Importer, name="csv"):
            pass

        return CsvReader

    CsvReader = call_kata(make_csv_reader)

    assert call_kata(lambda: Importer["csv"]) is CsvReader, "Importer has a 'csv' of its own"
    assert call_kata(lambda: Exporter["csv"]) is Csv, "and Exporter's 'csv' is still Csv"
    assert_returns(call_kata(len, Exporter), 3, "len(Exporter) after Importer's plugins were made")


def test_a_taken_name_raises_and_the_first_class_stays():
    Exporter, Csv, _, _ = call_kata(make_exporters)

    def make_a_second_csv():
        class OtherCsv(Exporter, name="csv"):
            pass

    kata_raises(ValueError, make_a_second_csv)
    assert call_kata(lambda: Exporter["csv"]) is Csv, "the family still holds the first class named 'csv'"
    assert_returns(call_kata(len, Exporter), 3, "len(Exporter) after the refused class")


def test_other_keywords_go_on_to_the_next_class():
    class Tagged:
        def __init_subclass__(cls, *, tag="none", **kwargs):
            super().__init_subclass__(**kwargs)
            cls.tag = tag

    def make_tagged_family():
        class Exporter(Registry, Tagged):
            pass

        class Csv(Exporter, name="csv", tag="text"):
            pass

        return Exporter, Csv

    Exporter, Csv = call_kata(make_tagged_family)

    assert Csv.tag == "text", "tag='text' belongs to Tagged.__init_subclass__: pass on the keywords you do not use"
    assert call_kata(lambda: Exporter["csv"]) is Csv


def test_plugins_stay_ordinary_classes():
    Exporter, Csv, Tsv, _ = call_kata(make_exporters)
    tsv = call_kata(Tsv)
    assert isinstance(tsv, Csv) and isinstance(tsv, Exporter) and isinstance(tsv, Registry)
    assert_returns(tsv.render([["a", "b"], ["c", "d"]]), "a,b\nc,d", "Tsv().render(...) inherited from Csv")
    assert isinstance(Exporter, type), "a family is a class (an instance of type, or of a subclass of type)"
