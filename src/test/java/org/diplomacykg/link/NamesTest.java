package org.diplomacykg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamesTest {
    private final Names names = Names.builtIn();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chișinău | chisinau",
        "The Élysée | elysee",
        "Washington, D.C. | washington dc",
        "U.S. | us",
        "Georgia (country) | georgia",
        "Quai d'Orsay | quai dorsay",
        "Recep Tayyip Erdoğan | recep tayyip erdogan",
        "Łukasz  Kamiński | lukasz kaminski"})
    void normalisationFoldsCaseAccentsAndPunctuation(String name, String normalized) {
        assertThat(Names.normalize(name)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kyiv | Kiev | VARIANT",
        "Sergei Naryshkin | Sergey Naryshkin | VARIANT",
        "Serhiy Kyslytsya | Sergiy Kyslytsya | VARIANT",
        "Dmitri Peskov | Dmitry Peskov | VARIANT",
        "Volodymyr Zelensky | Volodymyr Zelenskyy | VARIANT",
        "Chisinau | Chișinău | EXACT",
        "William J. Burns | William Burns | GIVEN_AND_FAMILY",
        "Sergey Viktorovich Lavrov | Sergei Lavrov | GIVEN_AND_FAMILY",
        "Austin | Lloyd Austin | PARTIAL",
        "Jordan | Michael Jordan | PARTIAL",
        "William Burns | Robert Burns | NONE",
        "Georgia | Georgia (U.S. state) | EXACT"})
    void comparisonLevels(String a, String b, NameMatch.Level level) {
        assertThat(names.compare(a, b, true).level()).isEqualTo(level);
    }

    @Test
    void givenAndFamilyNamesCountForPeopleOnly() {
        assertThat(names.compare("United States Department of Defense", "United States Defense", false).level())
            .isEqualTo(NameMatch.Level.NONE);
    }

    @Test
    void spellingsForExactMatchingSources() {
        assertThat(names.spellings("Sergei Naryshkin", 10)).startsWith("Sergei Naryshkin")
            .contains("Sergey Naryshkin", "Serhiy Naryshkin");
        assertThat(names.spellings("Kyiv", 10)).containsExactly("Kyiv", "Kiev", "Kyyiv");
        assertThat(names.spellings("Washington, D.C.", 10)).containsExactly("Washington, D.C.");
        assertThat(names.spellings("Sergei Dmitry Yuri Alexei", 5)).hasSize(5);
    }

    @Test
    void aWordInTwoGroupsIsRefused() {
        assertThatThrownBy(() -> Names.parse("kyiv kiev\nkiev kyyiv\n")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("line 2").hasMessageContaining("'kiev'");
    }
}
